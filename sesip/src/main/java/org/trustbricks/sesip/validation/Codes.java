package org.trustbricks.sesip.validation;

/** Stable finding codes of the ST validator; documented in docs/sesip/findings.md and never reworded. */
public final class Codes {

    private Codes() {
    }

    public static final String EDITION_UNKNOWN = "ST-EDITION-UNKNOWN";
    public static final String DATE_INVALID = "ST-DATE-INVALID";
    public static final String DUPLICATE_ID = "ST-DUPLICATE-ID";
    public static final String GUIDANCE_NONE = "ST-GUIDANCE-NONE";
    public static final String SFR_UNKNOWN = "ST-SFR-UNKNOWN";
    public static final String SFR_NOT_IN_EDITION = "ST-SFR-NOT-IN-EDITION";
    public static final String SFR_NOT_ITERABLE = "ST-SFR-NOT-ITERABLE";
    public static final String SFR_ITERATION_UNNAMED = "ST-SFR-ITERATION-UNNAMED";
    public static final String MANDATORY_IDENTITY = "ST-MANDATORY-IDENTITY";
    public static final String MANDATORY_UPDATE = "ST-MANDATORY-UPDATE";
    public static final String PARAM_UNFILLED = "ST-PARAM-UNFILLED";
    public static final String PARAM_UNKNOWN = "ST-PARAM-UNKNOWN";
    public static final String PARAM_CHOICE = "ST-PARAM-CHOICE";
    public static final String PARAM_SHAPE = "ST-PARAM-SHAPE";
    public static final String IMPLIED_MISSING = "ST-SFR-IMPLIED-MISSING";
    public static final String REQUIRED_MISSING = "ST-SFR-REQUIRED-MISSING";
    public static final String LEVEL_MISSING = "ST-LEVEL-MISSING";
    public static final String LEVEL_AMBIGUOUS = "ST-LEVEL-AMBIGUOUS";
    public static final String LEVEL_UNKNOWN = "ST-LEVEL-UNKNOWN";
    public static final String LEVEL_LABEL_TRANSLATED = "ST-LEVEL-LABEL-TRANSLATED";
    public static final String SAR_MISMATCH = "ST-SAR-MISMATCH";
    public static final String LEVEL_CC_CERTIFICATE = "ST-LEVEL-CC-CERTIFICATE";
    public static final String MULTILEVEL_UNASSIGNED = "ST-MULTILEVEL-UNASSIGNED";
    public static final String MULTILEVEL_TWICE = "ST-MULTILEVEL-TWICE";
    public static final String MULTILEVEL_SINGLE = "ST-MULTILEVEL-SINGLE";
    public static final String CLAIM_REFERENCE_UNKNOWN = "ST-CLAIM-REFERENCE-UNKNOWN";
    public static final String FLR_INCOMPLETE = "ST-FLR-INCOMPLETE";
    public static final String VULNERABILITY_SURVEY_MISSING = "ST-VULNERABILITY-SURVEY-MISSING";
    public static final String ENV_GUIDANCE_MISSING = "ST-ENV-GUIDANCE-MISSING";
    public static final String ENV_GUIDANCE_UNKNOWN = "ST-ENV-GUIDANCE-UNKNOWN";
    public static final String RATIONALE_IMPLEMENTATION = "ST-RATIONALE-IMPLEMENTATION";
    public static final String RATIONALE_ASSESSMENT = "ST-RATIONALE-ASSESSMENT";
    public static final String ADDITIONAL_DISCLAIMER = "ST-ADDITIONAL-DISCLAIMER";
    public static final String ADDITIONAL_IS_CATALOGUE = "ST-ADDITIONAL-IS-CATALOGUE";
    public static final String PROFILE_UNKNOWN = "ST-PROFILE-UNKNOWN";
    public static final String PROFILE_SFR_MISSING = "ST-PROFILE-SFR-MISSING";
    public static final String PROFILE_LEVEL = "ST-PROFILE-LEVEL";
    public static final String PROFILE_UNCHECKABLE = "ST-PROFILE-UNCHECKABLE";
}
