package org.trustbricks.cli.mud;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.trustbricks.cli.Output;
import org.trustbricks.common.Finding;
import org.trustbricks.mudmanager.net.Prefix;
import org.trustbricks.mudmanager.site.DnsResolver;
import org.trustbricks.mudmanager.site.StaticResolver;
import org.trustbricks.mudmanager.site.SystemResolver;

/** Helpers shared by the MUD manager commands. */
final class MudCliText {

    /** Largest MUD or site file read from disk. */
    static final long MAX_FILE = 4 << 20;

    private MudCliText() {
    }

    static void findingsToErr(Output output, String source, List<Finding> findings) {
        for (Finding f : findings) {
            output.error(source + ": " + f.severity().name().toLowerCase(Locale.ROOT) + " " + f.code() + " at "
                    + (f.path().isEmpty() ? "/" : f.path()) + ": " + f.message()
                    + (f.hint().isEmpty() ? "" : " (hint: " + f.hint() + ")"));
        }
    }

    /** Reads a local file with a size limit; null (after printing why) when it cannot be read. */
    static byte[] read(Output output, Path file) {
        try {
            if (Files.size(file) > MAX_FILE) {
                output.error(file + ": larger than " + MAX_FILE + " bytes");
                return null;
            }
            return Files.readAllBytes(file);
        } catch (IOException e) {
            output.error(file + ": cannot be read (" + e.getClass().getSimpleName() + ")");
            return null;
        }
    }

    /** The resolver: static answers from --host NAME=ADDR[,ADDR], offline, or the system resolver. */
    static DnsResolver resolver(List<String> hosts, boolean offline, long ttlSeconds) {
        if (hosts.isEmpty() && !offline) {
            return SystemResolver.withAssumedTtl(ttlSeconds);
        }
        Map<String, List<Prefix>> table = new HashMap<>();
        for (String h : hosts) {
            int eq = h.indexOf('=');
            if (eq <= 0) {
                throw new IllegalArgumentException("--host expects NAME=ADDRESS[,ADDRESS], got " + h);
            }
            List<Prefix> addresses = new ArrayList<>();
            for (String a : h.substring(eq + 1).split(",")) {
                addresses.add(Prefix.parse(a));
            }
            table.put(h.substring(0, eq).toLowerCase(Locale.ROOT), addresses);
        }
        return StaticResolver.of(table, ttlSeconds);
    }
}
