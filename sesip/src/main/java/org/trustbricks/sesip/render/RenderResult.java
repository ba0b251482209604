package org.trustbricks.sesip.render;

import java.util.List;
import org.trustbricks.common.Finding;

/**
 * A rendered ST, or why it could not be rendered.
 *
 * @param format    the format
 * @param mediaType media type of {@code content}
 * @param content   the page; null when the document could not be read completely
 * @param findings  read findings when {@code content} is null; otherwise the validation findings shown in the page
 */
public record RenderResult(Format format, String mediaType, String content, List<Finding> findings) {

    public RenderResult {
        findings = List.copyOf(findings);
    }
}
