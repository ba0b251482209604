package org.trustbricks.mudmanager.fetch;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;

/**
 * The authorised MUD-URL change rule of draft-ietf-iotops-mud-acceptable-urls: a device may move to a new MUD URL
 * only when the new URL has the same base (everything up to the last '/') as the current trusted ("root") URL and the
 * new file is signed by the same signer (same trust anchor and same signer identity).
 */
public final class UrlChangeRule {

    /**
     * Who signed a MUD file.
     *
     * @param trustAnchor fingerprint of the trust anchor the signature chained to
     * @param signer      signer identity (subject and subjectAltName, normalised)
     */
    public record Signer(String trustAnchor, String signer) {
    }

    /**
     * The verdict.
     *
     * @param accepted true when the new URL may replace the root
     * @param reason   why, in one sentence
     */
    public record Verdict(boolean accepted, String reason) {
    }

    private UrlChangeRule() {
    }

    /** Decides whether {@code newUrl} signed by {@code newSigner} may replace {@code rootUrl} signed by {@code rootSigner}. */
    public static Verdict evaluate(String rootUrl, Signer rootSigner, String newUrl, Signer newSigner) {
        String a = base(rootUrl);
        String b = base(newUrl);
        if (a == null || b == null) {
            return new Verdict(false, "One of the URLs is not an absolute https URL.");
        }
        if (!a.equals(b)) {
            return new Verdict(false, "The new URL's base " + b + " differs from the trusted base " + a + ".");
        }
        if (rootSigner == null || newSigner == null) {
            return new Verdict(false, "Both files must be signed to compare signers.");
        }
        if (!rootSigner.trustAnchor().equals(newSigner.trustAnchor())) {
            return new Verdict(false, "The new file chains to a different trust anchor.");
        }
        if (!rootSigner.signer().equals(newSigner.signer())) {
            return new Verdict(false, "The new file is signed by a different signer.");
        }
        return new Verdict(true, "Same base URL and same signer: the new URL becomes the trusted root.");
    }

    static String base(String url) {
        try {
            URI u = new URI(url).normalize();
            if (!"https".equalsIgnoreCase(u.getScheme()) || u.getRawAuthority() == null || u.getRawUserInfo() != null) {
                return null;
            }
            String path = u.getRawPath() == null || u.getRawPath().isEmpty() ? "/" : u.getRawPath();
            if (path.contains("/../") || path.endsWith("/..")) {
                return null;
            }
            return "https://" + u.getRawAuthority().toLowerCase(Locale.ROOT) + path.substring(0, path.lastIndexOf('/') + 1);
        } catch (URISyntaxException e) {
            return null;
        }
    }
}
