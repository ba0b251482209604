package org.trustbricks.web.onboarding;

import io.javalin.http.sse.SseClient;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.trustbricks.registry.onboarding.Devices;

/** Pushes every device event, from whichever instance it came, to the browsers listening on this instance. */
final class DeviceEventHub {

    private final Set<SseClient> clients = ConcurrentHashMap.newKeySet();
    private final Devices devices;

    DeviceEventHub(Devices devices) {
        this.devices = devices;
    }

    void add(SseClient client) {
        clients.add(client);
        client.onClose(() -> clients.remove(client));
        client.sendComment("connected");
    }

    void publish(long eventId) {
        devices.event(eventId).ifPresent(event -> devices.find(event.deviceId()).ifPresent(device -> {
            Map<String, Object> payload = Map.of(
                    "eventId", event.id(), "deviceId", device.id(), "name", device.name(),
                    "decision", event.decision().name(),
                    "previous", event.previous() == null ? "" : event.previous().name(),
                    "trigger", event.trigger(), "kind", event.kind(), "at", event.at().toString());
            for (SseClient c : clients) {
                if (c.terminated()) {
                    clients.remove(c);
                } else {
                    c.sendEvent("device", payload, Long.toString(event.id()));
                }
            }
        }));
    }

    /** Ends every stream (the server is stopping; browsers reconnect to another instance). */
    void closeAll() {
        for (SseClient c : clients) {
            c.close();
        }
        clients.clear();
    }

    int listeners() {
        return clients.size();
    }
}
