package org.trustbricks.registry.imports;

import java.util.Locale;
import java.util.Optional;

/** The public registry formats that can be imported. */
public enum ImportFormat {
    /** Common Criteria portal "certified products" CSV. */
    CC("cc"),
    /** ENISA EUCC certificate metadata (one scraped page, a list of them, or a sec-certs EUCC dataset). */
    EUCC("eucc"),
    /** SESIP certificate index CSV with the columns of the public TrustCB index. */
    SESIP("sesip-index");

    private final String source;

    ImportFormat(String source) {
        this.source = source;
    }

    /** The {@code source} value stored on imported certificates. */
    public String source() {
        return source;
    }

    /** By its command-line name: cc, eucc or sesip. */
    public static Optional<ImportFormat> named(String name) {
        if (name == null) {
            return Optional.empty();
        }
        return switch (name.strip().toLowerCase(Locale.ROOT)) {
            case "cc" -> Optional.of(CC);
            case "eucc" -> Optional.of(EUCC);
            case "sesip", "sesip-index" -> Optional.of(SESIP);
            default -> Optional.empty();
        };
    }
}
