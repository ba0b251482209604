package org.trustbricks.sesip.composition;

/** Stable finding codes of the composition engine; documented in docs/sesip/findings.md. */
public final class CompositionCodes {

    private CompositionCodes() {
    }

    public static final String CYCLE = "ST-COMP-CYCLE";
    public static final String USES_UNKNOWN = "ST-COMP-USES-UNKNOWN";
    public static final String PART_LEVEL_UNKNOWN = "ST-COMP-PART-LEVEL-UNKNOWN";
    public static final String PROVIDER_UNKNOWN = "ST-COMP-PROVIDER-UNKNOWN";
    public static final String SFR_NOT_CERTIFIED = "ST-COMP-SFR-NOT-CERTIFIED";
    public static final String SFR_UNATTRIBUTED = "ST-COMP-SFR-UNATTRIBUTED";
    public static final String LEVEL_TOO_HIGH = "ST-COMP-LEVEL-TOO-HIGH";
    public static final String LEVEL_RAISED = "ST-COMP-LEVEL-RAISED";
    public static final String MIXED_ATTRIBUTION = "ST-COMP-MIXED-ATTRIBUTION";
    public static final String OBJECTIVE_UNHANDLED = "ST-COMP-OBJECTIVE-UNHANDLED";
    public static final String OBJECTIVE_REFERENCE = "ST-COMP-OBJECTIVE-REFERENCE";
    public static final String OBJECTIVE_UNKNOWN = "ST-COMP-OBJECTIVE-UNKNOWN";
    public static final String VERSION_MISMATCH = "ST-COMP-VERSION-MISMATCH";
    public static final String VERSION_UNSTATED = "ST-COMP-VERSION-UNSTATED";
    public static final String CONFIG_MISMATCH = "ST-COMP-CONFIG-MISMATCH";
    public static final String STATUS = "ST-COMP-STATUS";
    public static final String EXPIRED = "ST-COMP-EXPIRED";
    public static final String NOT_YET_ISSUED = "ST-COMP-NOT-YET-ISSUED";
    public static final String IDENTITY_PARTS = "ST-COMP-IDENTITY-PARTS";
}
