package org.trustbricks.mud.internal;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Turns yangtools exception text into one short line for a finding. */
public final class YangMessages {

    private static final Pattern NAMESPACE = Pattern.compile("\\(urn:[^)]*\\)|\\(http[^)]*\\)|\\?revision=[0-9-]+\\)?");

    private YangMessages() {
    }

    static String clean(Throwable e) {
        Throwable t = e;
        StringBuilder sb = new StringBuilder();
        for (int depth = 0; t != null && depth < 3; depth++, t = t.getCause()) {
            String m = t.getMessage();
            if (m != null && !m.isBlank() && sb.indexOf(m) < 0) {
                if (!sb.isEmpty()) {
                    sb.append(": ");
                }
                sb.append(m.lines().findFirst().orElse(m));
            }
        }
        return tidy(sb.isEmpty() ? e.getClass().getSimpleName() : sb.toString());
    }

    /** A yangtools message as findings show it: namespaces and revisions removed, at most 300 characters. */
    public static String tidy(String message) {
        String text = NAMESPACE.matcher(message).replaceAll("");
        return text.length() > 300 ? text.substring(0, 300) + "…" : text;
    }

    static String path(Throwable e) {
        String m = e.getMessage() == null ? "" : e.getMessage();
        Matcher at = Pattern.compile("(/[^ ,]+)").matcher(NAMESPACE.matcher(m).replaceAll(""));
        return at.find() ? at.group(1) : "";
    }
}
