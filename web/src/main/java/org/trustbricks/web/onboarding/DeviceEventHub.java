package org.trustbricks.web.onboarding;

import io.javalin.http.sse.SseClient;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.trustbricks.registry.onboarding.Devices;
import org.trustbricks.registry.onboarding.ReattestationRequest;

/** Pushes every device event, from whichever instance it came, to the browsers listening on this instance. */
final class DeviceEventHub {

    private final Set<SseClient> clients = ConcurrentHashMap.newKeySet();
    private final Devices devices;
    private volatile java.util.function.LongFunction<java.util.Optional<ReattestationRequest>> requests = id -> java.util.Optional.empty();

    DeviceEventHub(Devices devices) {
        this.devices = devices;
    }

    /** Where re-attestation requests announced as {@code reattest:<id>} are read. */
    void readRequestsWith(java.util.function.LongFunction<java.util.Optional<ReattestationRequest>> lookup) {
        this.requests = lookup;
    }

    void add(SseClient client) {
        clients.add(client);
        client.onClose(() -> clients.remove(client));
        client.sendComment("connected");
    }

    void publish(String payload) {
        if (clients.isEmpty()) {
            return;  // nobody listens here: no need to read the event back
        }
        if (payload.startsWith("reattest:")) {
            requests.apply(Long.parseLong(payload.substring("reattest:".length()))).ifPresent(r -> send("reattestation",
                    Map.of("requestId", r.id(), "deviceId", r.deviceId(), "name", r.deviceName(), "instanceId", r.instanceId(),
                            "nonce", r.nonce(), "dueBy", r.dueBy().toString(),
                            "answer", "/api/onboarding/reattestations/" + r.id() + "/evidence"), "r" + r.id()));
            return;
        }
        if (payload.startsWith("bulk:")) {
            String[] parts = payload.split(":", 3);
            Map<String, Object> bulk = Map.of("count", Integer.parseInt(parts[1]), "trigger", parts.length > 2 ? parts[2] : "");
            send("devices", bulk, null);
            return;
        }
        devices.event(Long.parseLong(payload)).ifPresent(event -> devices.find(event.deviceId()).ifPresent(device -> {
            Map<String, Object> data = Map.of(
                    "eventId", event.id(), "deviceId", device.id(), "name", device.name(),
                    "decision", event.decision().name(),
                    "previous", event.previous() == null ? "" : event.previous().name(),
                    "trigger", event.trigger(), "kind", event.kind(), "at", event.at().toString());
            send("device", data, Long.toString(event.id()));
        }));
    }

    private void send(String name, Map<String, Object> data, String id) {
        for (SseClient c : clients) {
            if (c.terminated()) {
                clients.remove(c);
            } else if (id == null) {
                c.sendEvent(name, data);
            } else {
                c.sendEvent(name, data, id);
            }
        }
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
