package org.trustbricks.mudmanager.learn;

import java.io.ByteArrayInputStream;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.List;
import javax.security.auth.x500.X500Principal;
import org.bouncycastle.asn1.ASN1IA5String;
import org.bouncycastle.asn1.ASN1OctetString;
import org.bouncycastle.asn1.ASN1Primitive;
import org.bouncycastle.asn1.x500.RDN;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x500.style.BCStyle;
import org.bouncycastle.asn1.x500.style.IETFUtils;
import org.trustbricks.common.Finding;
import org.trustbricks.mudmanager.capture.IpBytes;

/** Reads the MUD URL (1.3.6.1.5.5.7.1.25) and MUD signer (1.3.6.1.5.5.7.1.30) extensions of an IDevID certificate. */
public final class CertificateMudUrl {

    /** id-pe-mud-url. */
    public static final String MUD_URL_OID = "1.3.6.1.5.5.7.1.25";
    /** id-pe-mudsigner. */
    public static final String MUD_SIGNER_OID = "1.3.6.1.5.5.7.1.30";
    /** Largest certificate accepted. */
    public static final int MAX_BYTES = 64 * 1024;

    private CertificateMudUrl() {
    }

    /** Reads a DER or PEM certificate from untrusted bytes. */
    public static Learned fromCertificate(byte[] encoded) {
        List<Finding> findings = new ArrayList<>();
        if (encoded.length > MAX_BYTES) {
            findings.add(Finding.error("CERT-TOO-LARGE", "/", "The certificate is larger than " + MAX_BYTES + " bytes.", ""));
            return Learned.nothing(findings);
        }
        X509Certificate cert;
        try {
            cert = (X509Certificate) CertificateFactory.getInstance("X.509")
                    .generateCertificate(new ByteArrayInputStream(encoded));
        } catch (CertificateException | RuntimeException e) {
            findings.add(Finding.error("CERT-MALFORMED", "/", "Not a readable X.509 certificate.", "Give a DER or PEM certificate."));
            return Learned.nothing(findings);
        }
        String url = null;
        String signer = null;
        try {
            byte[] urlExt = cert.getExtensionValue(MUD_URL_OID);
            if (urlExt != null) {
                url = ASN1IA5String.getInstance(inner(urlExt)).getString();
                if (cert.getCriticalExtensionOIDs() != null && cert.getCriticalExtensionOIDs().contains(MUD_URL_OID)) {
                    findings.add(Finding.warning("CERT-MUD-URL-CRITICAL", "/extensions/" + MUD_URL_OID,
                            "The MUD URL extension is marked critical; RFC 8520 defines it as non-critical.", ""));
                }
            }
            byte[] signerExt = cert.getExtensionValue(MUD_SIGNER_OID);
            if (signerExt != null) {
                X500Name name = X500Name.getInstance(inner(signerExt));
                signer = new X500Principal(name.getEncoded()).getName(X500Principal.RFC2253);
            }
        } catch (java.io.IOException | RuntimeException e) {
            findings.add(Finding.error("CERT-MUD-EXTENSION-MALFORMED", "/extensions",
                    "The MUD URL or MUD signer extension is not DER-encoded as RFC 8520 defines.", ""));
            return Learned.nothing(findings);
        }
        if (url == null) {
            if (signer != null) {
                findings.add(Finding.warning("CERT-SIGNER-WITHOUT-URL", "/extensions/" + MUD_SIGNER_OID,
                        "The certificate names a MUD signer but carries no MUD URL.", ""));
            }
            return Learned.nothing(findings);
        }
        String mac;
        try {
            mac = macFromSerialNumberAttribute(cert);
        } catch (RuntimeException e) {
            mac = null;
        }
        return MudUrls.bind(MudUrlSource.CERTIFICATE, mac, null, url, signer,
                "/extensions/" + MUD_URL_OID, findings);
    }

    private static ASN1Primitive inner(byte[] extensionValue) throws java.io.IOException {
        return ASN1Primitive.fromByteArray(ASN1OctetString.getInstance(ASN1Primitive.fromByteArray(extensionValue))
                .getOctets());
    }

    /** IDevIDs often carry no MAC; when the subject serialNumber is a MAC address, it is used. */
    private static String macFromSerialNumberAttribute(X509Certificate cert) {
        X500Name subject = X500Name.getInstance(cert.getSubjectX500Principal().getEncoded());
        for (RDN rdn : subject.getRDNs(BCStyle.SERIALNUMBER)) {
            long mac = IpBytes.parseMac(IETFUtils.valueToString(rdn.getFirst().getValue()));
            if (mac >= 0) {
                return IpBytes.macText(mac);
            }
        }
        return null;
    }
}
