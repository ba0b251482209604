package org.trustbricks.mud.render;

import java.util.List;
import org.trustbricks.mud.render.MudGraph.Flow;
import org.trustbricks.mud.render.MudGraph.Group;
import org.trustbricks.mud.render.MudGraph.Peer;

/**
 * Draws a {@link MudGraph} as SVG: the device on the left, its peers on the right grouped by kind, one arrow per
 * peer with every allowed flow written on it. The output depends only on the graph (no ids, dates or randomness).
 */
public final class SvgRenderer {

    private static final int WIDTH = 960;
    private static final int DEVICE_X = 24;
    private static final int DEVICE_W = 230;
    private static final int PEER_X = 610;
    private static final int PEER_W = 326;
    private static final int LINE = 17;
    private static final int TOP = 96;

    private SvgRenderer() {
    }

    /** The SVG document. */
    public static String render(MudGraph graph) {
        StringBuilder rows = new StringBuilder();
        int y = TOP;
        Group current = null;
        for (Peer peer : graph.peers()) {
            if (peer.group() != current) {
                current = peer.group();
                y += 8;
                rows.append(text(PEER_X, y + 12, heading(current), "group"));
                y += 22;
            }
            int height = 12 + LINE * (peer.flows().size() + 1);
            rows.append(peer(peer, y, height));
            y += height + 10;
        }
        int height = Math.max(y + 30, TOP + 150);
        int deviceY = TOP + 8;
        StringBuilder svg = new StringBuilder(4096);
        svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"").append(WIDTH).append("\" height=\"").append(height)
                .append("\" viewBox=\"0 0 ").append(WIDTH).append(' ').append(height).append("\" font-family=\"sans-serif\" font-size=\"13\">\n");
        svg.append("<title>").append(escape("What " + graph.title() + " may talk to")).append("</title>\n");
        svg.append("<style>.group{font-weight:bold;fill:#333}.flow{fill:#222}.denied{fill:#b00020}.small{font-size:11px;fill:#555}</style>\n");
        svg.append("<defs><marker id=\"out\" viewBox=\"0 0 10 10\" refX=\"10\" refY=\"5\" markerWidth=\"8\" markerHeight=\"8\" orient=\"auto\">"
                + "<path d=\"M0,0 L10,5 L0,10 z\" fill=\"#444\"/></marker>"
                + "<marker id=\"in\" viewBox=\"0 0 10 10\" refX=\"0\" refY=\"5\" markerWidth=\"8\" markerHeight=\"8\" orient=\"auto\">"
                + "<path d=\"M10,0 L0,5 L10,10 z\" fill=\"#444\"/></marker></defs>\n");
        svg.append("<rect width=\"100%\" height=\"100%\" fill=\"#fff\"/>\n");
        svg.append(text(DEVICE_X, 30, "What this device may talk to", "group"));
        svg.append(text(DEVICE_X, 50, graph.mudUrl(), "small"));
        svg.append(text(DEVICE_X, 68, graph.supported() ? "Supported by its manufacturer"
                : "NOT supported by its manufacturer any more (is-supported: false)", graph.supported() ? "small" : "denied"));
        svg.append(text(DEVICE_X, 86, "→ from the device   ← to the device   ⇄ both ways; anything not shown is denied", "small"));
        svg.append("<rect x=\"").append(DEVICE_X).append("\" y=\"").append(deviceY).append("\" width=\"").append(DEVICE_W)
                .append("\" height=\"70\" rx=\"8\" fill=\"#e8eef7\" stroke=\"#2a4d8f\" stroke-width=\"2\"/>\n");
        svg.append(text(DEVICE_X + 12, deviceY + 28, truncate(graph.title(), 30), "group"));
        svg.append(text(DEVICE_X + 12, deviceY + 50, "the device", "small"));
        if (graph.peers().isEmpty()) {
            svg.append(text(PEER_X, TOP + 40, "No access at all: the file allows no traffic.", "denied"));
        }
        svg.append(rows.toString().replace("{DEVICE_Y}", String.valueOf(deviceY + 35)));
        svg.append("</svg>\n");
        return svg.toString();
    }

    private static String peer(Peer peer, int y, int height) {
        StringBuilder sb = new StringBuilder();
        int mid = y + height / 2;
        boolean out = peer.flows().stream().anyMatch(Flow::outbound);
        boolean in = peer.flows().stream().anyMatch(Flow::inbound);
        sb.append("<path d=\"M").append(DEVICE_X + DEVICE_W).append(",{DEVICE_Y} C").append(DEVICE_X + DEVICE_W + 120).append(",{DEVICE_Y} ")
                .append(PEER_X - 140).append(',').append(mid).append(' ').append(PEER_X - 4).append(',').append(mid)
                .append("\" fill=\"none\" stroke=\"").append(color(peer.group())).append("\" stroke-width=\"2\"")
                .append(out ? " marker-end=\"url(#out)\"" : "").append(in ? " marker-start=\"url(#in)\"" : "").append("/>\n");
        sb.append("<rect x=\"").append(PEER_X).append("\" y=\"").append(y).append("\" width=\"").append(PEER_W).append("\" height=\"")
                .append(height).append("\" rx=\"6\" fill=\"#fafafa\" stroke=\"").append(color(peer.group())).append("\" stroke-width=\"1.5\"/>\n");
        sb.append(text(PEER_X + 10, y + 16, truncate(peer.name(), 44), "group"));
        List<Flow> flows = peer.flows();
        for (int i = 0; i < flows.size(); i++) {
            Flow f = flows.get(i);
            sb.append(text(PEER_X + 22, y + 16 + LINE * (i + 1), truncate(label(f), 42), f.denied() ? "denied" : "flow"));
        }
        return sb.toString();
    }

    /** The words on an arrow, e.g. "TCP 443 → device opens" (arrow: who opens, or which ways traffic may go). */
    static String label(Flow f) {
        StringBuilder sb = new StringBuilder(f.protocol());
        if (f.remotePort() != null) {
            sb.append(' ').append(f.remotePort());
        }
        if (f.devicePort() != null) {
            sb.append(" (device port ").append(f.devicePort()).append(')');
        }
        if (f.initiator() != null) {
            sb.append(f.initiator().equals("device") ? " → device opens" : " ← peer opens");
            if (!(f.outbound() && f.inbound())) {
                sb.append(", one way only");
            }
        } else {
            sb.append(' ').append(f.outbound() && f.inbound() ? "⇄" : f.outbound() ? "→" : "←");
        }
        if (f.denied()) {
            sb.append(" DENIED");
        }
        return sb.toString();
    }

    private static String heading(Group g) {
        return switch (g) {
            case INTERNET -> "Internet services";
            case LOCAL_NETWORK -> "Local network";
            case SAME_MANUFACTURER -> "Same manufacturer";
            case MANUFACTURER -> "Devices of another manufacturer";
            case MODEL -> "Devices of a model";
            case CONTROLLER -> "Controllers";
            case MY_CONTROLLER -> "This device's controller";
            case ANY -> "Any address";
        };
    }

    private static String color(Group g) {
        return switch (g) {
            case INTERNET -> "#2a6fdb";
            case LOCAL_NETWORK -> "#2e7d32";
            case SAME_MANUFACTURER, MANUFACTURER, MODEL -> "#7b1fa2";
            case CONTROLLER, MY_CONTROLLER -> "#ef6c00";
            case ANY -> "#b00020";
        };
    }

    private static String text(int x, int y, String s, String cls) {
        return "<text x=\"" + x + "\" y=\"" + y + "\" class=\"" + cls + "\">" + escape(s) + "</text>\n";
    }

    private static String truncate(String s, int max) {
        return s.codePointCount(0, s.length()) <= max ? s : s.substring(0, s.offsetByCodePoints(0, max - 1)) + "…";
    }

    static String escape(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        s.codePoints().forEach(cp -> {
            switch (cp) {
                case '<' -> sb.append("&lt;");
                case '>' -> sb.append("&gt;");
                case '&' -> sb.append("&amp;");
                case '"' -> sb.append("&quot;");
                default -> {
                    if (cp < 0x20 || cp == 0xFFFE || cp == 0xFFFF || (cp >= 0xD800 && cp <= 0xDFFF)) {
                        sb.append('\uFFFD');
                    } else {
                        sb.appendCodePoint(cp);
                    }
                }
            }
        });
        return sb.toString();
    }
}
