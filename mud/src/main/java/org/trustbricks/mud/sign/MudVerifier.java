package org.trustbricks.mud.sign;

import java.security.cert.CertPathBuilder;
import java.security.cert.CertStore;
import java.security.cert.CollectionCertStoreParameters;
import java.security.cert.PKIXBuilderParameters;
import java.security.cert.PKIXCertPathBuilderResult;
import java.security.cert.TrustAnchor;
import java.security.cert.X509CertSelector;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Date;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.cms.Attribute;
import org.bouncycastle.asn1.cms.CMSAttributes;
import org.bouncycastle.asn1.cms.Time;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cms.CMSProcessableByteArray;
import org.bouncycastle.cms.CMSSignedData;
import org.bouncycastle.cms.SignerInformation;
import org.bouncycastle.cms.jcajce.JcaSimpleSignerInfoVerifierBuilder;
import org.trustbricks.mud.sign.VerificationResult.Status;

/**
 * Verifies detached CMS signatures of MUD files against trust anchors with PKIX path validation, optionally at a
 * given time. Every Bouncy Castle parse is wrapped: unreadable input is reported as {@link Status#MALFORMED}.
 */
public final class MudVerifier {

    /** Largest signature file accepted, in bytes. */
    public static final int MAX_SIGNATURE_BYTES = 256 * 1024;
    /** Largest signed content accepted, in bytes. */
    public static final int MAX_CONTENT_BYTES = 1 << 20;

    private static final Set<String> CONTENT_TYPES = Set.of("1.2.840.113549.1.7.1", "1.2.840.113549.1.9.16.1.41");

    private MudVerifier() {
    }

    /** Verifies {@code p7s} over {@code content}; {@code at} (nullable) is the time to check certificates at, else now. */
    public static VerificationResult verify(byte[] content, byte[] p7s, List<X509Certificate> trustAnchors, Instant at) {
        Instant when = at != null ? at : Instant.now();
        Parsed parsed;
        try {
            parsed = parse(content, p7s);
        } catch (Malformed e) {
            return new VerificationResult(Status.MALFORMED, false, e.getMessage(), null, null, when, null, List.of());
        }
        String subject = parsed.signer().getSubjectX500Principal().getName();
        if (!parsed.signatureValid()) {
            return new VerificationResult(Status.SIGNATURE_INVALID, false, "the signature does not match the content: the file "
                    + "was changed after signing, or signed with another key", subject, parsed.signingTime(), when, null, List.of());
        }
        if (trustAnchors == null || trustAnchors.isEmpty()) {
            return new VerificationResult(Status.UNTRUSTED_SIGNER, true, "signature valid, but no trust anchor was given",
                    subject, parsed.signingTime(), when, null, List.of());
        }
        Paths paths = new Paths(parsed, trustAnchors);
        List<X509Certificate> path = paths.build(when);
        if (path != null && Paths.validity(path, when).isEmpty()) {
            return new VerificationResult(Status.VALID, true, "signature valid; the signer chains to a trust anchor",
                    subject, parsed.signingTime(), when, null, List.of());
        }
        List<Instant> candidates = new ArrayList<>();
        if (parsed.signingTime() != null) {
            candidates.add(parsed.signingTime());
        }
        candidates.add(parsed.signer().getNotBefore().toInstant().plusSeconds(1));
        for (Instant t : candidates) {
            List<X509Certificate> other = paths.build(t);
            if (other != null && Paths.validity(other, t).isEmpty()) {
                List<String> problems = Paths.validity(other, when);
                boolean expired = problems.stream().anyMatch(p -> p.contains("expired"));
                Status status = expired ? Status.SIGNATURE_VALID_CERTIFICATE_EXPIRED : Status.SIGNATURE_VALID_CERTIFICATE_NOT_YET_VALID;
                String message = expired ? "signature valid, signer certificate expired" : "signature valid, signer certificate not yet valid";
                return new VerificationResult(status, true, message + " (" + problems.get(0) + "); the path validates at " + t,
                        subject, parsed.signingTime(), when, t, problems);
            }
        }
        return new VerificationResult(Status.UNTRUSTED_SIGNER, true, "signature valid, but the signer does not chain to a "
                + "trust anchor", subject, parsed.signingTime(), when, null, paths.failures());
    }

    /**
     * Verifies as {@link #verify(byte[], byte[], List, Instant)} and also requires the signer to be the one a device
     * certificate names in its id-pe-mudsigner extension (RFC 8520 section 11); a device certificate without the
     * extension imposes nothing.
     */
    public static VerificationResult verify(byte[] content, byte[] p7s, List<X509Certificate> trustAnchors, Instant at,
            X509Certificate deviceCertificate) {
        VerificationResult r = verify(content, p7s, trustAnchors, at);
        javax.security.auth.x500.X500Principal expected = mudSigner(deviceCertificate);
        if (expected == null || r.signerSubject() == null
                || new javax.security.auth.x500.X500Principal(r.signerSubject()).equals(expected)) {
            return r;
        }
        return new VerificationResult(Status.UNTRUSTED_SIGNER, r.signatureValid(), "the signer \"" + r.signerSubject()
                + "\" is not the MUD signer the device certificate names (\"" + expected.getName() + "\")",
                r.signerSubject(), r.signingTime(), r.checkedAt(), null, r.details());
    }

    /** The Name in a certificate's id-pe-mudsigner extension, or null when it has none or it is unreadable. */
    public static javax.security.auth.x500.X500Principal mudSigner(X509Certificate certificate) {
        if (certificate == null) {
            return null;
        }
        byte[] ext = certificate.getExtensionValue(SignerCertificates.MUD_SIGNER.getId());
        if (ext == null) {
            return null;
        }
        try {
            byte[] inner = org.bouncycastle.asn1.ASN1OctetString.getInstance(ext).getOctets();
            return new javax.security.auth.x500.X500Principal(org.bouncycastle.asn1.x500.X500Name.getInstance(inner).getEncoded());
        } catch (Exception e) {
            return null;
        }
    }

    /** Only checks the signature against the embedded signer certificate's key. */
    static VerificationResult verifySignatureOnly(byte[] content, byte[] p7s) {
        try {
            Parsed parsed = parse(content, p7s);
            Status s = parsed.signatureValid() ? Status.UNTRUSTED_SIGNER : Status.SIGNATURE_INVALID;
            return new VerificationResult(s, parsed.signatureValid(), s.name(), null, parsed.signingTime(), null, null, List.of());
        } catch (Malformed e) {
            return new VerificationResult(Status.MALFORMED, false, e.getMessage(), null, null, null, null, List.of());
        }
    }

    /** What the CMS structure says. */
    record Parsed(X509Certificate signer, List<X509Certificate> certificates, Instant signingTime, boolean signatureValid) {
    }

    private static final class Malformed extends Exception {
        Malformed(String message) {
            super(message, null, false, false);
        }
    }

    @SuppressWarnings("unchecked")
    private static Parsed parse(byte[] content, byte[] p7s) throws Malformed {
        if (p7s == null || p7s.length == 0 || p7s.length > MAX_SIGNATURE_BYTES) {
            throw new Malformed("the signature must be 1 to " + MAX_SIGNATURE_BYTES + " bytes of DER");
        }
        if (content == null || content.length > MAX_CONTENT_BYTES) {
            throw new Malformed("the signed content must be at most " + MAX_CONTENT_BYTES + " bytes");
        }
        try {
            CMSSignedData data = new CMSSignedData(new CMSProcessableByteArray(content), p7s);
            if (!CONTENT_TYPES.contains(data.getSignedContentTypeOID())) {
                throw new Malformed("the signed content type " + data.getSignedContentTypeOID() + " is neither id-data nor id-ct-mudtype");
            }
            Collection<SignerInformation> signers = data.getSignerInfos().getSigners();
            if (signers.size() != 1) {
                throw new Malformed("the signature has " + signers.size() + " signers; a MUD signature has exactly one");
            }
            SignerInformation si = signers.iterator().next();
            JcaX509CertificateConverter converter = new JcaX509CertificateConverter();
            List<X509Certificate> certs = new ArrayList<>();
            X509Certificate signer = null;
            for (X509CertificateHolder h : (Collection<X509CertificateHolder>) data.getCertificates().getMatches(null)) {
                X509Certificate c = converter.getCertificate(h);
                certs.add(c);
                if (si.getSID().match(h)) {
                    signer = c;
                }
            }
            if (signer == null) {
                throw new Malformed("the signature does not embed the signer certificate");
            }
            boolean valid;
            try {
                valid = si.verify(new JcaSimpleSignerInfoVerifierBuilder().build(signer.getPublicKey()));
            } catch (org.bouncycastle.cms.CMSSignerDigestMismatchException e) {
                valid = false;
            }
            return new Parsed(signer, certs, signingTime(si), valid);
        } catch (Malformed e) {
            throw e;
        } catch (Exception | StackOverflowError e) {
            throw new Malformed("not a readable CMS SignedData (DER): " + firstLine(e));
        }
    }

    private static Instant signingTime(SignerInformation si) {
        if (si.getSignedAttributes() == null) {
            return null;
        }
        Attribute attr = si.getSignedAttributes().get(new ASN1ObjectIdentifier(CMSAttributes.signingTime.getId()));
        if (attr == null || attr.getAttrValues().size() != 1) {
            return null;
        }
        return Time.getInstance(attr.getAttrValues().getObjectAt(0)).getDate().toInstant();
    }

    private static String firstLine(Throwable e) {
        String m = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        return m.lines().findFirst().orElse(m);
    }

    /** PKIX path building from the signer to the anchors, with the embedded certificates as intermediates. */
    private static final class Paths {
        private final Parsed parsed;
        private final Set<TrustAnchor> anchors = new HashSet<>();
        private final Set<String> failures = new LinkedHashSet<>();

        Paths(Parsed parsed, List<X509Certificate> trustAnchors) {
            this.parsed = parsed;
            trustAnchors.forEach(a -> anchors.add(new TrustAnchor(a, null)));
        }

        List<X509Certificate> build(Instant at) {
            try {
                X509CertSelector target = new X509CertSelector();
                target.setCertificate(parsed.signer());
                PKIXBuilderParameters params = new PKIXBuilderParameters(anchors, target);
                params.setRevocationEnabled(false);
                params.setDate(Date.from(at));
                params.addCertStore(CertStore.getInstance("Collection", new CollectionCertStoreParameters(parsed.certificates())));
                PKIXCertPathBuilderResult r = (PKIXCertPathBuilderResult) CertPathBuilder.getInstance("PKIX").build(params);
                List<X509Certificate> path = new ArrayList<>();
                r.getCertPath().getCertificates().forEach(c -> path.add((X509Certificate) c));
                if (r.getTrustAnchor().getTrustedCert() != null) {
                    path.add(r.getTrustAnchor().getTrustedCert());
                }
                return path;
            } catch (Exception e) {
                failures.add(firstLine(e));
                return null;
            }
        }

        List<String> failures() {
            return List.copyOf(failures);
        }

        static List<String> validity(List<X509Certificate> path, Instant at) {
            List<String> problems = new ArrayList<>();
            for (X509Certificate c : path) {
                if (c.getNotAfter().toInstant().isBefore(at)) {
                    problems.add("certificate \"" + c.getSubjectX500Principal().getName() + "\" expired on " + c.getNotAfter().toInstant());
                } else if (c.getNotBefore().toInstant().isAfter(at)) {
                    problems.add("certificate \"" + c.getSubjectX500Principal().getName() + "\" is valid only from " + c.getNotBefore().toInstant());
                }
            }
            return problems;
        }
    }
}
