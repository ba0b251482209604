package org.trustbricks.web.manager;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;
import org.trustbricks.common.Finding;
import org.trustbricks.mudmanager.CompileOutput;
import org.trustbricks.mudmanager.compile.RuleView;

/** Request and response bodies of the MUD manager API (see openapi.yaml). */
final class ManagerRequests {

    private ManagerRequests() {
    }

    /** POST /api/mud-manager/compile. */
    record CompileRequest(List<JsonNode> mudFiles, String site, String format, Map<String, List<String>> hosts,
            Boolean deviceIndex) {
    }

    /** POST /api/mud-manager/check-flow. */
    record CheckFlowRequest(List<JsonNode> mudFiles, String site, FlowQuestion flow, Map<String, List<String>> hosts) {
    }

    /** The flow of a "what if" question. */
    record FlowQuestion(String device, String direction, String peer, String protocol, Integer srcPort,
            Integer dstPort, String initiatedBy) {
    }

    /** Rules for the site, as compiled. */
    record CompileResponse(boolean ok, String format, String ruleset, List<RuleView> rules, int devices,
            String expiresAt, List<Finding> findings) {

        static CompileResponse of(CompileOutput o) {
            return new CompileResponse(o.ok(), o.format().name().toLowerCase(java.util.Locale.ROOT), o.ruleset(),
                    o.rules(), o.devices(), o.expiresAt(), o.findings());
        }
    }

}
