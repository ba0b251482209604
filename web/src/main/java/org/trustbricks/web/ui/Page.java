package org.trustbricks.web.ui;

/**
 * What the layout needs to know about the page it frames.
 *
 * @param title   the page title (also the document title)
 * @param section the navigation key of the current area, or empty for none
 */
public record Page(String title, String section) {

    /** A page that belongs to no area. */
    public static Page of(String title) {
        return new Page(title, "");
    }
}
