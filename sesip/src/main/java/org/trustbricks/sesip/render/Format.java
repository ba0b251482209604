package org.trustbricks.sesip.render;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Optional;

/** Output formats of a rendered Security Target. */
public enum Format {
    /** A self-contained HTML page. */
    HTML("html", "text/html; charset=utf-8"),
    /** GitHub-flavoured Markdown. */
    MARKDOWN("md", "text/markdown; charset=utf-8");

    private final String id;
    private final String mediaType;

    Format(String id, String mediaType) {
        this.id = id;
        this.mediaType = mediaType;
    }

    /** Key used on the command line. */
    @JsonValue
    public String id() {
        return id;
    }

    /** The media type of the output. */
    public String mediaType() {
        return mediaType;
    }

    /** The format for its key (html, md, markdown). */
    public static Optional<Format> of(String id) {
        for (Format f : values()) {
            if (f.id.equalsIgnoreCase(id) || f.name().equalsIgnoreCase(id)) {
                return Optional.of(f);
            }
        }
        return Optional.empty();
    }
}
