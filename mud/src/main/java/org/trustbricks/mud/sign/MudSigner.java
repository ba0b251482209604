package org.trustbricks.mud.sign;

import java.security.PublicKey;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.List;
import org.bouncycastle.cert.jcajce.JcaCertStore;
import org.bouncycastle.cms.CMSProcessableByteArray;
import org.bouncycastle.cms.CMSSignedData;
import org.bouncycastle.cms.CMSSignedDataGenerator;
import org.bouncycastle.cms.jcajce.JcaSignerInfoGeneratorBuilder;
import org.bouncycastle.operator.ContentSigner;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.bouncycastle.operator.jcajce.JcaDigestCalculatorProviderBuilder;

/**
 * Signs MUD files as RFC 8520 section 13 asks: a detached CMS SignedData, DER-encoded, over the exact bytes, with the
 * signer certificate and chain embedded (the same structure {@code openssl cms -sign -binary -outform DER} makes).
 */
public final class MudSigner {

    private MudSigner() {
    }

    /** The DER-encoded detached signature ({@code .p7s}) of {@code content}. */
    public static byte[] sign(byte[] content, SigningKey key) throws UnableToSignException {
        try {
            String algorithm = algorithm(key.certificate().getPublicKey());
            JcaContentSignerBuilder builder = new JcaContentSignerBuilder(algorithm);
            if (key.provider() != null) {
                builder.setProvider(key.provider());
            }
            ContentSigner signer = builder.build(key.key());
            CMSSignedDataGenerator gen = new CMSSignedDataGenerator();
            gen.addSignerInfoGenerator(new JcaSignerInfoGeneratorBuilder(new JcaDigestCalculatorProviderBuilder().build())
                    .build(signer, key.certificate()));
            List<X509Certificate> certs = new ArrayList<>();
            certs.add(key.certificate());
            certs.addAll(key.chain());
            gen.addCertificates(new JcaCertStore(certs));
            CMSSignedData data = gen.generate(new CMSProcessableByteArray(content), false);
            byte[] der = data.getEncoded("DER");
            VerificationResult check = MudVerifier.verifySignatureOnly(content, der);
            if (!check.signatureValid()) {
                throw UnableToSignException.because("the private key does not match the signer certificate");
            }
            return der;
        } catch (UnableToSignException e) {
            throw e;
        } catch (Exception e) {
            throw UnableToSignException.because("signing failed: " + e.getMessage(), e);
        }
    }

    private static String algorithm(PublicKey key) throws UnableToSignException {
        return switch (key.getAlgorithm()) {
            case "EC" -> "SHA256withECDSA";
            case "RSA" -> "SHA256withRSA";
            case "Ed25519", "EdDSA" -> "Ed25519";
            default -> throw UnableToSignException.because("unsupported key algorithm " + key.getAlgorithm()
                    + "; use EC P-256 (or RSA, Ed25519)");
        };
    }

}
