package org.trustbricks.attestation.services;

import java.util.regex.Pattern;
import org.trustbricks.attestation.cbor.CborItem;
import org.trustbricks.attestation.tps.TpsError;
import org.trustbricks.attestation.tps.TpsException;
import org.trustbricks.attestation.tps.TpsMessage;

/** Typed reading of request fields; a missing or mistyped field is ERROR_BAD_FORMAT. */
final class Fields {

    static final Pattern NAME = Pattern.compile("[A-Za-z0-9._-]{1,32}");

    private Fields() {
    }

    static byte[] bytes(TpsMessage m, long key, String what) throws TpsException {
        if (m.get(key) instanceof CborItem.Bytes b) {
            return b.value();
        }
        throw TpsException.of(TpsError.ERROR_BAD_FORMAT, "message " + m.id() + " needs " + what + " as a byte string under key " + key);
    }

    static String name(TpsMessage m, long key, String what) throws TpsException {
        if (m.get(key) instanceof CborItem.Text t && NAME.matcher(t.value()).matches()) {
            return t.value();
        }
        throw TpsException.of(TpsError.ERROR_BAD_FORMAT, "message " + m.id() + " needs " + what
                + " under key " + key + ": 1 to 32 characters from A-Z a-z 0-9 . _ -");
    }

    static long integer(TpsMessage m, long key, String what) throws TpsException {
        if (m.get(key) instanceof CborItem.Int i) {
            return i.value();
        }
        throw TpsException.of(TpsError.ERROR_BAD_FORMAT, "message " + m.id() + " needs " + what + " as an integer under key " + key);
    }

    static TpsMessage error(TpsMessage request, ServiceError e) {
        return TpsMessage.of(request.id(), ServiceError.KEY, CborItem.of(e.code()));
    }
}
