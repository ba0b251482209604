package org.trustbricks.sesip.render;

import java.util.List;

/** A small builder for escaped, accessible HTML. */
final class HtmlPage {

    private final StringBuilder b = new StringBuilder(32_768);

    HtmlPage raw(String html) {
        b.append(html);
        return this;
    }

    HtmlPage text(String s) {
        b.append(Escape.html(s));
        return this;
    }

    HtmlPage heading(int level, String id, String title) {
        b.append("<h").append(level).append(" id=\"").append(Escape.html(id)).append("\">").append(Escape.html(title))
                .append("</h").append(level).append(">\n");
        return this;
    }

    HtmlPage para(String s) {
        if (s != null && !s.isBlank()) {
            b.append("<p>").append(Escape.html(s)).append("</p>\n");
        }
        return this;
    }

    /** A table with a caption, column headers, and rows of already escaped cells. */
    HtmlPage table(String caption, List<String> headers, List<List<String>> rows) {
        b.append("<table>\n<caption>").append(Escape.html(caption)).append("</caption>\n<thead><tr>");
        for (String h : headers) {
            b.append("<th scope=\"col\">").append(Escape.html(h)).append("</th>");
        }
        b.append("</tr></thead>\n<tbody>\n");
        for (List<String> row : rows) {
            b.append("<tr>");
            for (int i = 0; i < row.size(); i++) {
                b.append(i == 0 ? "<th scope=\"row\">" : "<td>").append(row.get(i)).append(i == 0 ? "</th>" : "</td>");
            }
            b.append("</tr>\n");
        }
        b.append("</tbody>\n</table>\n");
        return this;
    }

    /** A two-column key/value table of unescaped text. */
    HtmlPage facts(String caption, List<String[]> facts) {
        return table(caption, List.of("Item", "Value"), facts.stream()
                .filter(f -> f[1] != null && !f[1].isBlank())
                .map(f -> List.of(Escape.html(f[0]), Escape.html(f[1]))).toList());
    }

    @Override
    public String toString() {
        return b.toString();
    }
}
