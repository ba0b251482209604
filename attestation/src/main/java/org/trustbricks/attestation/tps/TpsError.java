package org.trustbricks.attestation.tps;

import java.util.Optional;

/** The TPS Client API return codes (TPSC_ prefix in C), as in GlobalPlatform's reference implementation. */
public enum TpsError {
    /** 0x00000000. */
    SUCCESS(0x00000000),
    /** 0xF0090000. */
    ERROR_GENERIC(0xF0090000),
    /** 0xF0090001. */
    ERROR_ACCESS_DENIED(0xF0090001),
    /** 0xF0090002. */
    ERROR_CANCEL(0xF0090002),
    /** 0xF0090003. */
    ERROR_BAD_FORMAT(0xF0090003),
    /** 0xF0090004: the reference code has 0xF0000004, taken here as a typo (see docs/attestation/tps-notes.md). */
    ERROR_NOT_IMPLEMENTED(0xF0090004),
    /** 0xF0090005. */
    ERROR_NOT_SUPPORTED(0xF0090005),
    /** 0xF0090006. */
    ERROR_NO_DATA(0xF0090006),
    /** 0xF0090007. */
    ERROR_OUT_OF_MEMORY(0xF0090007),
    /** 0xF0090008. */
    ERROR_BUSY(0xF0090008),
    /** 0xF0090009. */
    ERROR_COMMUNICATION(0xF0090009),
    /** 0xF009000A. */
    ERROR_SECURITY(0xF009000A),
    /** 0xF009000B. */
    ERROR_SHORT_BUFFER(0xF009000B),
    /** 0xF009000C. */
    ERROR_DEPRECATED(0xF009000C),
    /** 0xF009000D. */
    ERROR_BAD_IDENTIFIER(0xF009000D),
    /** 0xF009000E. */
    ERROR_NULL_POINTER(0xF009000E),
    /** 0xF009000F. */
    ERROR_BAD_STATE(0xF009000F);

    /** The value the reference implementation uses for ERROR_NOT_IMPLEMENTED. */
    public static final int REFERENCE_NOT_IMPLEMENTED_CODE = 0xF0000004;

    private final int code;

    TpsError(int code) {
        this.code = code;
    }

    /** The 32-bit code. */
    public int code() {
        return code;
    }

    /** The error with this code; the reference's 0xF0000004 is read as ERROR_NOT_IMPLEMENTED. */
    public static Optional<TpsError> byCode(int code) {
        if (code == REFERENCE_NOT_IMPLEMENTED_CODE) {
            return Optional.of(ERROR_NOT_IMPLEMENTED);
        }
        for (TpsError e : values()) {
            if (e.code == code) {
                return Optional.of(e);
            }
        }
        return Optional.empty();
    }
}
