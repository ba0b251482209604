package org.trustbricks.web.manager;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;
import org.trustbricks.common.Finding;
import org.trustbricks.mudmanager.CompileOutput;
import org.trustbricks.mudmanager.compile.RuleView;
import org.trustbricks.mudmanager.fetch.FetchResult;

/** Request and response bodies of the MUD manager API (see openapi.yaml). */
final class ManagerRequests {

    private ManagerRequests() {
    }

    /** POST /api/mud-manager/compile. */
    record CompileRequest(List<JsonNode> mudFiles, String site, String format, Map<String, List<String>> hosts) {
    }

    /** POST /api/mud-manager/check-flow. */
    record CheckFlowRequest(List<JsonNode> mudFiles, String site, FlowQuestion flow, Map<String, List<String>> hosts) {
    }

    /** The flow of a "what if" question. */
    record FlowQuestion(String device, String direction, String peer, String protocol, Integer srcPort,
            Integer dstPort, String initiatedBy) {
    }

    /** POST /api/mud-manager/fetch. */
    record FetchRequest(String url) {
    }

    /** Rules for the site, as compiled. */
    record CompileResponse(boolean ok, String format, String ruleset, List<RuleView> rules, int devices,
            String expiresAt, List<Finding> findings) {

        static CompileResponse of(CompileOutput o) {
            return new CompileResponse(o.ok(), o.format().name().toLowerCase(java.util.Locale.ROOT), o.ruleset(),
                    o.rules(), o.devices(), o.expiresAt(), o.findings());
        }
    }

    /**
     * A fetched MUD file: its text, where it came from, what was found, and the signature status: {@code absent}
     * (no signature file could be fetched), {@code fetched-unverified} (the server has no manufacturer trust anchors,
     * so it does not vouch for it) or {@code not-fetched} (the MUD file itself failed).
     */
    record FetchResponse(boolean ok, String requestedUrl, String finalUrl, String source, String mudFile,
            int bytes, String fetchedAt, String freshUntil, String signature, List<Finding> findings) {

        static FetchResponse of(FetchResult r, String signature) {
            return new FetchResponse(r.ok(), r.requestedUrl(), r.finalUrl(), r.source().name().toLowerCase(java.util.Locale.ROOT),
                    r.ok() ? new String(r.body(), java.nio.charset.StandardCharsets.UTF_8) : null, r.body().length,
                    r.fetchedAt(), r.freshUntil(), signature, r.findings());
        }
    }
}
