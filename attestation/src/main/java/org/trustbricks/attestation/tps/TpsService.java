package org.trustbricks.attestation.tps;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.trustbricks.attestation.cbor.CborItem;

/** A TPS service hosted by a secure component: it answers TPS_GetFeatures and its own messages. */
public interface TpsService {

    /** Key of the service name (service UUID) in TPS_GetFeatures_Rsp. */
    long FEATURE_SERVICE_NAME = 1;
    /** Key of the login methods in TPS_GetFeatures_Rsp. */
    long FEATURE_LOGIN_METHODS = 2;
    /** Key of the profile name in TPS_GetFeatures_Rsp. */
    long FEATURE_PROFILE_NAME = 3;

    /** The service's identity. */
    ServiceIdentifier identifier();

    /** The login methods the service accepts. */
    List<LoginMethod> loginMethods();

    /** The profile name reported by TPS_GetFeatures, if any. */
    default Optional<String> profileName() {
        return Optional.empty();
    }

    /** The service-specific features reported by TPS_GetFeatures (keys 128 and up). */
    Map<Long, CborItem> features();

    /** Handles a service message (never TPS_GetFeatures); returns the response with the same id. */
    TpsMessage handle(ClientIdentity client, TpsMessage request) throws TpsException;

    /** Decodes a request, answers TPS_GetFeatures itself or delegates to {@link #handle}, and encodes the response. */
    default byte[] process(ClientIdentity client, byte[] request) throws TpsException {
        TpsMessage msg = TpsMessage.decode(request);
        if (msg.id() == TpsMessage.GET_FEATURES) {
            return getFeatures().encode();
        }
        TpsMessage rsp = handle(client, msg);
        if (rsp.id() != msg.id()) {
            throw TpsException.of(TpsError.ERROR_GENERIC, "the service answered message " + msg.id() + " with message " + rsp.id());
        }
        return rsp.encode();
    }

    /** The TPS_GetFeatures_Rsp of this service. */
    default TpsMessage getFeatures() {
        Map<Long, CborItem> m = new LinkedHashMap<>();
        m.put(FEATURE_SERVICE_NAME, CborItem.of(TpsUuids.toBytes(identifier().serviceId())));
        List<CborItem> logins = new ArrayList<>();
        loginMethods().forEach(l -> logins.add(CborItem.of(l.value())));
        m.put(FEATURE_LOGIN_METHODS, new CborItem.Array(logins));
        profileName().ifPresent(p -> m.put(FEATURE_PROFILE_NAME, CborItem.of(p)));
        m.putAll(features());
        return new TpsMessage(TpsMessage.GET_FEATURES, m);
    }
}
