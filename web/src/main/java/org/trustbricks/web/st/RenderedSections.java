package org.trustbricks.web.st;

/** Cuts sections out of the library's rendered ST page to embed them in the site's own pages. */
final class RenderedSections {

    private RenderedSections() {
    }

    /** The page's main content without its findings section (the site shows findings next to the source instead). */
    static String withoutFindings(String page) {
        String main = between(page, "<main id=\"main\">", "</main>");
        int findings = main.indexOf("<h2 id=\"findings\">");
        int next = main.indexOf("<h2 id=\"introduction\">");
        if (findings >= 0 && next > findings) {
            main = main.substring(0, findings) + main.substring(next);
        }
        return main;
    }

    /** The composition section (diagram, parts, attribution) of a rendered page; empty when it has none. */
    static String composition(String page) {
        int start = page.indexOf("<h2 id=\"composition\">");
        if (start < 0) {
            return "";
        }
        int end = page.indexOf("<h2 id=\"coverage\">", start);
        return page.substring(start, end < 0 ? page.length() : end);
    }

    private static String between(String page, String open, String close) {
        int start = page.indexOf(open);
        int end = page.lastIndexOf(close);
        if (start < 0 || end < start) {
            return "";
        }
        return page.substring(start + open.length(), end);
    }
}
