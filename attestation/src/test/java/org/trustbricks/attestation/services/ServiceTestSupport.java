package org.trustbricks.attestation.services;

import java.util.List;
import java.util.UUID;
import org.trustbricks.attestation.sc.SoftwareSecureComponent;
import org.trustbricks.attestation.tps.ConnectionData;
import org.trustbricks.attestation.tps.InProcessConnector;
import org.trustbricks.attestation.tps.LoginMethod;
import org.trustbricks.attestation.tps.ServiceSelector;
import org.trustbricks.attestation.tps.Session;
import org.trustbricks.attestation.tps.TpsClient;
import org.trustbricks.attestation.tps.TpsException;
import org.trustbricks.attestation.tps.TpsService;

/** A TPS client over services hosted on a software secure component. */
final class ServiceTestSupport {

    final SoftwareSecureComponent sc = SoftwareSecureComponent.create(UUID.randomUUID());
    final TpsClient client;

    ServiceTestSupport(java.util.function.Function<SoftwareSecureComponent, TpsService> service) {
        client = TpsClient.of(List.of(InProcessConnector.of("test", List.of(service.apply(sc)))));
    }

    Session open(UUID serviceId, LoginMethod login, ConnectionData data) throws TpsException {
        return client.openSession(client.serviceDiscovery(ServiceSelector.forService(serviceId)).get(0).serviceInstance(), login, data);
    }
}
