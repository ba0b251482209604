package org.trustbricks.mud.sign;

import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.Provider;
import java.security.Security;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.List;
import org.trustbricks.common.MalformedInputException;

/**
 * A private key with its certificate and chain, held in memory or in a PKCS#11 token.
 *
 * @param key         the private key (a token handle for PKCS#11)
 * @param certificate the signer certificate
 * @param chain       intermediate certificates to embed (may be empty)
 * @param provider    the JCA provider that holds the key, or null for software keys
 */
public record SigningKey(PrivateKey key, X509Certificate certificate, List<X509Certificate> chain, Provider provider) {

    public SigningKey {
        chain = chain == null ? List.of() : List.copyOf(chain);
    }

    /** A software key from PEM texts; {@code chainPem} and {@code password} may be null. */
    public static SigningKey fromPem(byte[] keyPem, char[] password, byte[] certPem, byte[] chainPem) throws MalformedInputException {
        PrivateKey key = Pem.privateKey(keyPem, password);
        List<X509Certificate> certs = Pem.certificates(certPem);
        List<X509Certificate> chain = new ArrayList<>(certs.subList(1, certs.size()));
        if (chainPem != null) {
            chain.addAll(Pem.certificates(chainPem));
        }
        return new SigningKey(key, certs.get(0), chain, null);
    }

    /**
     * A key in a PKCS#11 token through the JDK's SunPKCS11 provider.
     *
     * @param config SunPKCS11 configuration text (name, library, slot or slotListIndex)
     * @param pin    the user PIN
     * @param alias  the key's alias (its CKA_LABEL); its certificate must be stored in the token under the same alias
     */
    public static SigningKey fromPkcs11(String config, char[] pin, String alias) throws UnableToSignException {
        try {
            Provider provider = pkcs11Provider(config);
            KeyStore ks = KeyStore.getInstance("PKCS11", provider);
            ks.load(null, pin);
            if (!(ks.getKey(alias, null) instanceof PrivateKey key)) {
                throw UnableToSignException.because("the token has no private key with alias \"" + alias + "\"");
            }
            Certificate[] chain = ks.getCertificateChain(alias);
            if (chain == null || chain.length == 0) {
                throw UnableToSignException.because("the token has no certificate for alias \"" + alias + "\"");
            }
            List<X509Certificate> rest = new ArrayList<>();
            for (int i = 1; i < chain.length; i++) {
                rest.add((X509Certificate) chain[i]);
            }
            return new SigningKey(key, (X509Certificate) chain[0], rest, provider);
        } catch (UnableToSignException e) {
            throw e;
        } catch (Exception e) {
            throw UnableToSignException.because("the PKCS#11 token could not be used: " + e.getMessage(), e);
        }
    }

    /** A SunPKCS11 provider configured from text (the configuration is written to the JDK as "--" inline text). */
    public static Provider pkcs11Provider(String config) {
        Provider base = Security.getProvider("SunPKCS11");
        if (base == null) {
            throw new IllegalStateException("this JDK has no SunPKCS11 provider");
        }
        return base.configure("--" + config);
    }

}
