package org.trustbricks.sesip.render;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.trustbricks.sesip.composition.CompositionReport;
import org.trustbricks.sesip.composition.CompositionReport.Attribution;
import org.trustbricks.sesip.composition.CompositionReport.Link;
import org.trustbricks.sesip.composition.CompositionReport.PartSummary;

/** Draws which part provides what as an inline, accessible SVG: the platform on top, each layer of parts below. */
final class CompositionDiagram {

    private static final int BOX_W = 270;
    private static final int BOX_H = 74;
    private static final int GAP_X = 30;
    private static final int GAP_Y = 60;

    private CompositionDiagram() {
    }

    static String svg(CompositionReport c) {
        Map<String, Integer> depth = depths(c);
        Map<Integer, List<String>> layers = new LinkedHashMap<>();
        depth.forEach((id, d) -> layers.computeIfAbsent(d, k -> new ArrayList<>()).add(id));
        int columns = layers.values().stream().mapToInt(List::size).max().orElse(1);
        int width = columns * (BOX_W + GAP_X) + GAP_X;
        int height = layers.size() * (BOX_H + GAP_Y) + GAP_Y / 2;
        Map<String, int[]> pos = new HashMap<>();
        layers.forEach((d, ids) -> {
            int rowWidth = ids.size() * (BOX_W + GAP_X) - GAP_X;
            int x0 = (width - rowWidth) / 2;
            for (int i = 0; i < ids.size(); i++) {
                pos.put(ids.get(i), new int[] {x0 + i * (BOX_W + GAP_X), GAP_Y / 2 + d * (BOX_H + GAP_Y)});
            }
        });
        Map<String, Integer> delivered = new HashMap<>();
        for (Attribution a : c.attributions()) {
            delivered.merge(a.providedBy(), 1, Integer::sum);
        }
        StringBuilder s = new StringBuilder();
        s.append("<svg xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" aria-labelledby=\"comp-title comp-desc\" viewBox=\"0 0 ")
                .append(width).append(' ').append(height).append("\" width=\"").append(width).append("\" class=\"composition\">\n")
                .append("<title id=\"comp-title\">Composition of ").append(Escape.html(c.product())).append("</title>\n")
                .append("<desc id=\"comp-desc\">").append(Escape.html(describe(c, delivered))).append("</desc>\n")
                .append("<defs><marker id=\"arrow\" viewBox=\"0 0 10 10\" refX=\"10\" refY=\"5\" markerWidth=\"7\" markerHeight=\"7\" orient=\"auto-start-reverse\">")
                .append("<path d=\"M 0 0 L 10 5 L 0 10 z\" fill=\"#333\"/></marker></defs>\n");
        for (Link l : c.links()) {
            int[] a = pos.get(l.from());
            int[] b = pos.get(l.to());
            if (a != null && b != null) {
                s.append("<line x1=\"").append(a[0] + BOX_W / 2).append("\" y1=\"").append(a[1] + BOX_H)
                        .append("\" x2=\"").append(b[0] + BOX_W / 2).append("\" y2=\"").append(b[1])
                        .append("\" stroke=\"#333\" stroke-width=\"1.5\" marker-end=\"url(#arrow)\"/>\n");
            }
        }
        box(s, pos.get(CompositionReport.PLATFORM), c.product(), "claim: " + c.claimedLevel(),
                delivered.getOrDefault(CompositionReport.PLATFORM, 0) + " SFR(s) delivered itself", "#e8f0fe");
        for (PartSummary p : c.parts()) {
            String fill = "active".equals(p.status()) ? "#eef7ee" : "#fdecea";
            box(s, pos.get(p.id()), p.name() + " " + p.version(), p.level() + " · " + p.certificate()
                    + ("active".equals(p.status()) ? "" : " · " + p.status().toUpperCase(java.util.Locale.ROOT)),
                    delivered.getOrDefault(p.id(), 0) + " SFR(s) delivered", fill);
        }
        return s.append("</svg>").toString();
    }

    private static void box(StringBuilder s, int[] at, String line1, String line2, String line3, String fill) {
        if (at == null) {
            return;
        }
        s.append("<g><rect x=\"").append(at[0]).append("\" y=\"").append(at[1]).append("\" width=\"").append(BOX_W)
                .append("\" height=\"").append(BOX_H).append("\" rx=\"8\" fill=\"").append(fill).append("\" stroke=\"#333\"/>\n");
        text(s, at[0] + 10, at[1] + 22, line1, true);
        text(s, at[0] + 10, at[1] + 42, line2, false);
        text(s, at[0] + 10, at[1] + 62, line3, false);
        s.append("</g>\n");
    }

    private static void text(StringBuilder s, int x, int y, String value, boolean bold) {
        String v = value.length() > 33 ? value.substring(0, 32) + "…" : value;
        s.append("<text x=\"").append(x).append("\" y=\"").append(y).append("\" font-family=\"sans-serif\" font-size=\"13\"")
                .append(bold ? " font-weight=\"bold\"" : "").append(" fill=\"#111\">").append(Escape.html(v)).append("</text>\n");
    }

    private static Map<String, Integer> depths(CompositionReport c) {
        Map<String, Integer> depth = new LinkedHashMap<>();
        depth.put(CompositionReport.PLATFORM, 0);
        boolean changed = true;
        for (int round = 0; changed && round <= c.parts().size() + 1; round++) {
            changed = false;
            for (Link l : c.links()) {
                Integer from = depth.get(l.from());
                if (from != null && depth.getOrDefault(l.to(), -1) < from + 1) {
                    depth.put(l.to(), from + 1);
                    changed = true;
                }
            }
        }
        return depth;
    }

    private static String describe(CompositionReport c, Map<String, Integer> delivered) {
        StringBuilder d = new StringBuilder(c.product() + " claims " + c.claimedLevel() + ". ");
        for (Link l : c.links()) {
            d.append(CompositionReport.PLATFORM.equals(l.from()) ? "The platform" : l.from()).append(" uses ").append(l.to()).append(". ");
        }
        for (PartSummary p : c.parts()) {
            d.append(p.id()).append(" (").append(p.level()).append(", certificate ").append(p.certificate()).append(", ")
                    .append(p.status()).append(") delivers ").append(delivered.getOrDefault(p.id(), 0)).append(" SFR(s). ");
        }
        return d.toString().strip();
    }
}
