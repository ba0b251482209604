package org.trustbricks.web.mud;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.trustbricks.mud.sign.SigningKey;
import org.trustbricks.mud.sign.UnableToSignException;

/**
 * The platform's optional PKCS#11 token for MUD signing keys, configured with {@code TRUSTBRICKS_MUD_PKCS11_CONFIG}
 * (SunPKCS11 configuration text: name, library, slot) and {@code TRUSTBRICKS_MUD_PKCS11_PIN} (environment variables,
 * or system properties {@code trustbricks.mud.pkcs11.config} and {@code trustbricks.mud.pkcs11.pin}).
 */
final class Pkcs11Token {

    private final String config;
    private final char[] pin;
    private final Map<String, SigningKey> keys = new ConcurrentHashMap<>();

    private Pkcs11Token(String config, char[] pin) {
        this.config = config;
        this.pin = pin;
    }

    static Pkcs11Token fromEnvironment(Map<String, String> env) {
        String config = System.getProperty("trustbricks.mud.pkcs11.config", env.get("TRUSTBRICKS_MUD_PKCS11_CONFIG"));
        String pin = System.getProperty("trustbricks.mud.pkcs11.pin", env.get("TRUSTBRICKS_MUD_PKCS11_PIN"));
        return new Pkcs11Token(config == null || config.isBlank() ? null : config, pin == null ? null : pin.toCharArray());
    }

    boolean configured() {
        return config != null && pin != null;
    }

    /** The key under an alias (cached: one provider session per alias). */
    SigningKey key(String alias) throws UnableToSignException {
        if (!configured()) {
            throw UnableToSignException.because("no PKCS#11 token is configured on this platform; set "
                    + "TRUSTBRICKS_MUD_PKCS11_CONFIG and TRUSTBRICKS_MUD_PKCS11_PIN");
        }
        SigningKey cached = keys.get(alias);
        if (cached != null) {
            return cached;
        }
        SigningKey key = SigningKey.fromPkcs11(config, pin, alias);
        keys.put(alias, key);
        return key;
    }
}
