package org.trustbricks.mud;

/** How strictly a MUD file is judged. */
public enum Mode {
    /** Schema and RFC 8520 rules; any error makes the file invalid. */
    STRICT,
    /** The legacy pre-RFC dialect is repaired in memory first, and RFC rule violations become warnings. */
    LENIENT
}
