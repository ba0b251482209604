package org.trustbricks.mudmanager.profile;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import org.trustbricks.common.Finding;
import org.trustbricks.mudmanager.capture.CaptureReport;

/**
 * What the profiler produced.
 *
 * @param mud               the generated MUD file (RFC 8520 JSON)
 * @param mudUrl            the MUD URL written into it
 * @param captures          one reading report per capture
 * @param packets           packets read in all captures
 * @param devicePackets     packets sent by or to the device
 * @param flows             every observed flow, with the ACEs that allow it
 * @param generalisations   what the rules generalised, named or left out
 * @param allFlowsAllowed   true when the policy engine, given the file, allows every included flow
 * @param findings          what the user should know
 */
public record ProfileResult(JsonNode mud, String mudUrl, List<CaptureReport> captures, long packets,
        long devicePackets, List<FlowReport> flows, List<Generalisation> generalisations, boolean allFlowsAllowed,
        List<Finding> findings) {

    public ProfileResult {
        captures = List.copyOf(captures);
        flows = List.copyOf(flows);
        generalisations = List.copyOf(generalisations);
        findings = List.copyOf(findings);
    }
}
