package org.trustbricks.mud.internal;

/** Stable finding codes. Published codes are never reworded or reused. */
public final class Codes {

    private Codes() {
    }

    /** Input could not be read as JSON within the limits. */
    public static final String MALFORMED = "MUD-MALFORMED";
    /** A JSON array longer than the validator accepts (a resource limit, not a YANG rule). */
    public static final String TOO_LARGE = "MUD-TOO-LARGE";
    /** yangtools could not parse the JSON against the schema (unknown node, bad value, wrong shape). */
    public static final String SCHEMA_PARSE = "MUD-SCHEMA-PARSE";
    /** yangtools data-tree or leafref validation failed (mandatory node, choice, dangling reference). */
    public static final String SCHEMA_TREE = "MUD-SCHEMA-TREE";
    /** A member name that is not a node of the schema at this place. */
    public static final String SCHEMA_UNKNOWN_NODE = "MUD-SCHEMA-UNKNOWN-NODE";
    /** A JSON value of the wrong kind for its YANG type (RFC 7951 section 6). */
    public static final String SCHEMA_ENCODING = "MUD-SCHEMA-ENCODING";
    /** A value outside its type (range, pattern, enumeration, identity). */
    public static final String SCHEMA_VALUE = "MUD-SCHEMA-VALUE";
    /** Two list entries with the same key, or a repeated leaf-list value. */
    public static final String SCHEMA_DUPLICATE = "MUD-SCHEMA-DUPLICATE";
    /** A node whose YANG {@code when} condition is false. */
    public static final String SCHEMA_WHEN = "MUD-SCHEMA-WHEN";
    /** A YANG {@code must} constraint that does not hold. */
    public static final String SCHEMA_MUST = "MUD-SCHEMA-MUST";
    /** A mandatory node is missing. */
    public static final String SCHEMA_MANDATORY = "MUD-SCHEMA-MANDATORY";
    /** Nodes of two cases of one choice. */
    public static final String SCHEMA_CHOICE = "MUD-SCHEMA-CHOICE";
    /** A leafref whose target does not exist. */
    public static final String SCHEMA_LEAFREF = "MUD-SCHEMA-LEAFREF";

    /** The file has no ietf-mud:mud container. */
    public static final String MUD_MISSING = "MUD-MISSING";
    /** mud-url does not use https. */
    public static final String URL_NOT_HTTPS = "MUD-URL-NOT-HTTPS";
    /** A URI that is not well formed. */
    public static final String URI_MALFORMED = "MUD-URI-MALFORMED";
    /** A URI that should use https and does not. */
    public static final String URI_NOT_HTTPS = "MUD-URI-NOT-HTTPS";
    /** mud-signature does not point at the same server as mud-url. */
    public static final String SIGNATURE_URL_ELSEWHERE = "MUD-SIGNATURE-URL-ELSEWHERE";
    /** mud-url differs from the URL the file was fetched from or is published at. */
    public static final String URL_MISMATCH = "MUD-URL-MISMATCH";
    /** mud-version is not 1. */
    public static final String VERSION = "MUD-VERSION";
    /** An ACL that no policy refers to. */
    public static final String ACL_UNUSED = "MUD-ACL-UNUSED";
    /** One ACL is used by both the from-device and the to-device policy. */
    public static final String ACL_BOTH_DIRECTIONS = "MUD-ACL-BOTH-DIRECTIONS";
    /** A match that does not fit the type of the ACL that holds it. */
    public static final String ACL_TYPE_MISMATCH = "MUD-ACL-TYPE-MISMATCH";
    /** A policy ACL without a type. */
    public static final String ACL_TYPE_MISSING = "MUD-ACL-TYPE-MISSING";
    /** The IP protocol number contradicts the layer-4 match. */
    public static final String PROTOCOL_MISMATCH = "MUD-PROTOCOL-MISMATCH";
    /** A DNS-name match on the device's own side of the flow. */
    public static final String DNSNAME_DIRECTION = "MUD-DNSNAME-DIRECTION";
    /** Two ACEs with the same name in the file. */
    public static final String ACE_NAME_REUSED = "MUD-ACE-NAME-REUSED";
    /** Nodes of an extension module that the extensions list does not declare. */
    public static final String EXTENSION_UNDECLARED = "MUD-EXTENSION-UNDECLARED";
    /** An extension name this validator does not know. */
    public static final String EXTENSION_UNKNOWN = "MUD-EXTENSION-UNKNOWN";
    /** last-update lies in the future. */
    public static final String LAST_UPDATE_FUTURE = "MUD-LAST-UPDATE-FUTURE";
    /** The manufacturer no longer supports the device. */
    public static final String NOT_SUPPORTED = "MUD-NOT-SUPPORTED";
    /** A file with no ACL at all. */
    public static final String NO_POLICY = "MUD-NO-POLICY";
    /** A legacy-dialect construct that was repaired (lenient mode and repair). */
    public static final String LEGACY_REPAIRED = "MUD-LEGACY-REPAIRED";
    /** A legacy-dialect construct that cannot be repaired mechanically. */
    public static final String LEGACY_UNREPAIRABLE = "MUD-LEGACY-UNREPAIRABLE";
}
