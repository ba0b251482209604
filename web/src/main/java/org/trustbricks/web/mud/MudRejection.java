package org.trustbricks.web.mud;

import java.util.List;
import org.trustbricks.common.Finding;
import org.trustbricks.mud.MudReport;
import org.trustbricks.mud.repair.RepairChange;

/**
 * A MUD file or builder input that cannot be stored or published: the findings, and for uploads the legacy repair on
 * offer and the lenient verdict. Answered as a 422 problem document carrying those fields.
 */
public final class MudRejection extends RuntimeException {

    /**
     * What the legacy repair would change; send the file again with {@code repair=true} to apply it.
     *
     * @param changes       every change it would make
     * @param refusals      what it cannot repair, with the reason
     * @param repairedValid the repaired file would validate strictly
     */
    public record RepairOffer(List<RepairChange> changes, List<RepairChange> refusals, boolean repairedValid) {
    }

    /**
     * The problem document.
     *
     * @param status   422
     * @param title    "Unprocessable Content"
     * @param detail   one sentence
     * @param findings path-addressed findings, errors first
     * @param repair   the repair on offer, or null
     * @param lenient  the lenient verdict on the upload, or null
     */
    public record Body(int status, String title, String detail, List<Finding> findings, RepairOffer repair, MudReport lenient) {
    }

    private final transient Body body;

    private MudRejection(Body body) {
        super(body.detail(), null, false, false);
        this.body = body;
    }

    static MudRejection of(String detail, List<Finding> findings) {
        return new MudRejection(new Body(422, "Unprocessable Content", detail, findings, null, null));
    }

    static MudRejection withOffer(String detail, List<Finding> findings, RepairOffer offer, MudReport lenient) {
        return new MudRejection(new Body(422, "Unprocessable Content", detail, findings, offer, lenient));
    }

    /** The problem document. */
    public Body body() {
        return body;
    }
}
