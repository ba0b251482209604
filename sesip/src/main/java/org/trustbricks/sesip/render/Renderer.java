package org.trustbricks.sesip.render;

import org.trustbricks.sesip.composition.CompositionReport;
import org.trustbricks.sesip.st.SecurityTarget;
import org.trustbricks.sesip.validation.ValidationReport;

/** Renders a Security Target, with its findings, composition and coverage, as HTML or Markdown text. */
public final class Renderer {

    private Renderer() {
    }

    /** The page for an ST that was read completely, given its validation and composition reports. */
    public static String render(SecurityTarget st, ValidationReport validation, CompositionReport composition, Format format) {
        RenderModel model = RenderModel.of(st, validation, composition);
        return switch (format) {
            case HTML -> HtmlRenderer.render(model);
            case MARKDOWN -> MarkdownRenderer.render(model);
        };
    }
}
