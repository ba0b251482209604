package org.trustbricks.attestation.tps;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.trustbricks.attestation.cbor.CborItem;

/**
 * The GPP ROT13 test service of GlobalPlatform's reference implementation (no security whatsoever), byte-compatible
 * with its messages: Encrypt #6.10({1: tstr}), Decrypt #6.11({1: tstr}); responses carry 1 => text or 2 => error
 * (1 whitespace, 2 digit, 3 other symbol or empty input, 4 too large).
 */
public final class Rot13Service implements TpsService {

    /** The service name, from which instance ids are derived. */
    public static final String NAME = "GPP ROT13";
    /** Encrypt message id. */
    public static final long ENCRYPT = 10;
    /** Decrypt message id. */
    public static final long DECRYPT = 11;
    /** Largest input in bytes; the reference README says 255 characters (its code allows 1023 bytes). */
    public static final int MAX_INPUT = 255;

    private final ServiceIdentifier id;

    private Rot13Service(UUID secureComponentInstance) {
        this.id = new ServiceIdentifier(TpsUuids.serviceInstance(secureComponentInstance, NAME), TpsUuids.SERVICE_GPP_ROT13,
                TpsUuids.SC_TYPE_INSECURE_TEST, secureComponentInstance, new ServiceVersion(0, 0, 16));
    }

    /** The service on the given secure component instance. */
    public static Rot13Service on(UUID secureComponentInstance) {
        return new Rot13Service(secureComponentInstance);
    }

    @Override
    public ServiceIdentifier identifier() {
        return id;
    }

    @Override
    public List<LoginMethod> loginMethods() {
        return List.of(LoginMethod.PUBLIC);
    }

    @Override
    public Map<Long, CborItem> features() {
        return Map.of(128L, new CborItem.Array(List.of(CborItem.of(0), CborItem.of(1))));
    }

    @Override
    public TpsMessage handle(ClientIdentity client, TpsMessage request) throws TpsException {
        if (request.id() != ENCRYPT && request.id() != DECRYPT) {
            throw TpsException.of(TpsError.ERROR_NOT_SUPPORTED, "GPP ROT13 has no message " + request.id());
        }
        if (!(request.get(1) instanceof CborItem.Text text)) {
            throw TpsException.of(TpsError.ERROR_BAD_FORMAT, "GPP ROT13 requests carry the text under key 1");
        }
        String in = text.value();
        int error = check(in);
        return error != 0 ? TpsMessage.of(request.id(), 2, CborItem.of(error)) : TpsMessage.of(request.id(), 1, CborItem.of(rot13(in)));
    }

    private static int check(String in) {
        if (in.isEmpty()) {
            return 3;
        }
        if (in.getBytes(StandardCharsets.UTF_8).length > MAX_INPUT) {
            return 4;
        }
        for (int i = 0; i < in.length(); i++) {
            char c = in.charAt(i);
            if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z')) {
                continue;
            }
            return c == ' ' || c == '\t' || c == '\n' || c == '\f' || c == '\r' ? 1 : c >= '0' && c <= '9' ? 2 : 3;
        }
        return 0;
    }

    private static String rot13(String in) {
        StringBuilder sb = new StringBuilder(in.length());
        for (char c : in.toCharArray()) {
            char base = c >= 'a' ? 'a' : 'A';
            sb.append((char) (base + (c - base + 13) % 26));
        }
        return sb.toString();
    }
}
