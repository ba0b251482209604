package org.trustbricks.registry.db;

import java.util.regex.Pattern;

/** Turns JDBC URLs into text that is safe to print: no passwords, host and database named. */
public final class JdbcUrls {

    private static final Pattern PASSWORD_PARAM = Pattern.compile("(?i)(password|sslpassword)=[^&;]*");
    private static final Pattern USERINFO = Pattern.compile("//([^/@]*):([^/@]*)@");
    private static final Pattern HOST = Pattern.compile("^jdbc:postgresql://([^/?]*)(/[^?]*)?");

    private JdbcUrls() {
    }

    /** The URL with every password replaced by {@code ***}. */
    public static String redact(String url) {
        if (url == null) {
            return "";
        }
        String s = PASSWORD_PARAM.matcher(url).replaceAll("$1=***");
        return USERINFO.matcher(s).replaceAll("//$1:***@");
    }

    /** "host:port/database" for messages, or the redacted URL when it is not a PostgreSQL URL. */
    public static String describe(String url) {
        var m = HOST.matcher(url == null ? "" : url);
        if (!m.find()) {
            return redact(url);
        }
        String hosts = m.group(1).replaceAll("^[^@]*@", "");
        String db = m.group(2) == null ? "" : m.group(2);
        return hosts + db;
    }

    /** True when the string looks like a PostgreSQL JDBC URL. */
    public static boolean isPostgres(String url) {
        return url != null && url.startsWith("jdbc:postgresql://");
    }
}
