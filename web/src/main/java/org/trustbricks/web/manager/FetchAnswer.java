package org.trustbricks.web.manager;

import java.util.List;
import java.util.Locale;
import org.trustbricks.common.Finding;
import org.trustbricks.registry.onboarding.MudCheckResult;

/**
 * The fetch page's and API's verdict on a MUD file (enum values lower case with hyphens; see openapi.yaml).
 *
 * @param ok true when the MUD file was fetched, whatever the verdict
 */
public record FetchAnswer(boolean ok, String verdict, List<String> reasons, String url, String finalUrl, String retrieval,
        String mudFile, String sha256, String signature, String signer, String expectedSigner, String mode,
        boolean valid, boolean supported, List<String> extensions, List<Finding> findings) {

    static FetchAnswer of(MudCheckResult r) {
        return new FetchAnswer(r.verdict() != MudCheckResult.Verdict.NOT_FETCHED, name(r.verdict()), r.reasons(), r.url(),
                r.finalUrl(), r.retrieval(), r.mudFile(), r.sha256(), name(r.signature()), r.signer(),
                r.expectedSigner(), r.mode(), r.valid(), r.supported(), r.extensions(), r.findings());
    }

    private static String name(Enum<?> e) {
        return e.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
