package org.trustbricks.registry.workflow;

/** Reads and validates a submitted Security Target. */
@FunctionalInterface
public interface SecurityTargetCheck {

    /** Checks the document; never throws on bad input. */
    StSummary check(byte[] document, String fileName);

    /** The check backed by the SESIP engine. */
    static SecurityTargetCheck sesip() {
        return SesipSecurityTargetCheck::check;
    }
}
