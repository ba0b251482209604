package org.trustbricks.web.manager;

import java.util.ArrayList;
import java.util.List;
import org.trustbricks.mudmanager.capture.CaptureReport;
import org.trustbricks.mudmanager.profile.ProfileResult;

/** The profiler's result with the captures named as uploaded (never the server's temporary paths). */
public record ProfileResponse(com.fasterxml.jackson.databind.JsonNode mud, String mudUrl, List<CaptureReport> captures,
        long packets, long devicePackets, List<org.trustbricks.mudmanager.profile.FlowReport> flows,
        List<org.trustbricks.mudmanager.profile.Generalisation> generalisations, boolean allFlowsAllowed,
        List<org.trustbricks.common.Finding> findings) {

    public static ProfileResponse of(ProfileResult r, List<String> names) {
        List<CaptureReport> captures = new ArrayList<>();
        for (int i = 0; i < r.captures().size(); i++) {
            CaptureReport c = r.captures().get(i);
            captures.add(new CaptureReport(names.get(i), c.format(), c.records(), c.ipPackets(), c.nonIpPackets(),
                    c.snaplenCut(), c.unknownLinkType(), c.malformed(), c.fragments(), c.corruptBlocks(),
                    c.bytesRead(), c.complete(), c.findings()));
        }
        return new ProfileResponse(r.mud(), r.mudUrl(), captures, r.packets(), r.devicePackets(), r.flows(),
                r.generalisations(), r.allFlowsAllowed(), r.findings());
    }
}
