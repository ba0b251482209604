package org.trustbricks.mud.sign;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.security.PrivateKey;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.List;
import org.bouncycastle.asn1.pkcs.PrivateKeyInfo;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.openssl.PEMKeyPair;
import org.bouncycastle.openssl.PEMParser;
import org.bouncycastle.openssl.jcajce.JcaPEMKeyConverter;
import org.bouncycastle.openssl.jcajce.JcaPEMWriter;
import org.bouncycastle.openssl.jcajce.JcaPKCS8Generator;
import org.bouncycastle.openssl.jcajce.JceOpenSSLPKCS8DecryptorProviderBuilder;
import org.bouncycastle.pkcs.PKCS8EncryptedPrivateKeyInfo;
import org.trustbricks.common.MalformedInputException;

/** Reads and writes PEM keys and certificates; every parse failure is a {@link MalformedInputException}. */
public final class Pem {

    /** Largest PEM input accepted, in bytes. */
    public static final int MAX_BYTES = 256 * 1024;

    private Pem() {
    }

    /** All certificates in a PEM text, in order. */
    public static List<X509Certificate> certificates(byte[] pem) throws MalformedInputException {
        List<X509Certificate> out = new ArrayList<>();
        for (Object o : objects(pem, null)) {
            if (o instanceof X509CertificateHolder h) {
                out.add(convert(h));
            }
        }
        if (out.isEmpty()) {
            throw new MalformedInputException("the PEM text holds no certificate");
        }
        return out;
    }

    /** The private key in a PEM text (PKCS#8, encrypted PKCS#8 with {@code password}, or SEC1/PKCS#1). */
    public static PrivateKey privateKey(byte[] pem, char[] password) throws MalformedInputException {
        for (Object o : objects(pem, password)) {
            if (o instanceof PrivateKey k) {
                return k;
            }
        }
        throw new MalformedInputException("the PEM text holds no private key");
    }

    /** A private key as unencrypted PKCS#8 PEM. */
    public static String privateKey(PrivateKey key) {
        try {
            return write(new JcaPKCS8Generator(key, null).generate());
        } catch (org.bouncycastle.util.io.pem.PemGenerationException e) {
            throw new IllegalArgumentException("the key cannot be written as PKCS#8: " + e.getMessage(), e);
        }
    }

    /** Certificates as PEM. */
    public static String certificates(List<X509Certificate> certs) {
        StringBuilder sb = new StringBuilder();
        for (X509Certificate c : certs) {
            sb.append(write(c));
        }
        return sb.toString();
    }

    private static String write(Object o) {
        StringWriter w = new StringWriter();
        try (JcaPEMWriter pw = new JcaPEMWriter(w)) {
            pw.writeObject(o);
        } catch (IOException e) {
            throw new IllegalStateException("PEM could not be written", e);
        }
        return w.toString();
    }

    private static X509Certificate convert(X509CertificateHolder h) throws MalformedInputException {
        try {
            return new JcaX509CertificateConverter().getCertificate(h);
        } catch (Exception e) {
            throw new MalformedInputException("a certificate in the PEM text cannot be read: " + e.getMessage(), "", e);
        }
    }

    private static List<Object> objects(byte[] pem, char[] password) throws MalformedInputException {
        if (pem == null || pem.length == 0 || pem.length > MAX_BYTES) {
            throw new MalformedInputException("PEM input must be 1 to " + MAX_BYTES + " bytes");
        }
        List<Object> out = new ArrayList<>();
        JcaPEMKeyConverter keys = new JcaPEMKeyConverter();
        try (PEMParser parser = new PEMParser(new StringReader(new String(pem, StandardCharsets.US_ASCII)))) {
            for (Object o = parser.readObject(); o != null && out.size() < 64; o = parser.readObject()) {
                out.add(switch (o) {
                    case PEMKeyPair kp -> keys.getKeyPair(kp).getPrivate();
                    case PrivateKeyInfo info -> keys.getPrivateKey(info);
                    case PKCS8EncryptedPrivateKeyInfo enc -> {
                        if (password == null) {
                            throw new MalformedInputException("the private key is encrypted; a password is needed");
                        }
                        yield keys.getPrivateKey(enc.decryptPrivateKeyInfo(
                                new JceOpenSSLPKCS8DecryptorProviderBuilder().build(password)));
                    }
                    default -> o;
                });
            }
        } catch (MalformedInputException e) {
            throw e;
        } catch (Exception e) {
            throw new MalformedInputException("not a readable PEM text: " + e.getMessage(), "", e);
        }
        return out;
    }
}
