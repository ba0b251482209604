package org.trustbricks.mud.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.List;
import java.util.Random;
import org.trustbricks.mud.MudValidator;
import org.trustbricks.mud.build.InvalidMudSpecException;
import org.trustbricks.mud.build.MudBuilder;
import org.trustbricks.mud.build.MudRule;
import org.trustbricks.mud.build.MudSpec;

/** Writes a reproducible set of MUD files for the batch benchmark: builder output, about one in five broken. */
final class BenchFiles {

    private static final String[][] BREAKS = {
        {"\"cache-validity\": 48", "\"cache-validity\": 0"},
        {"\"ipv4-acl-type\"", "\"ipv4\""},
        {"\"protocol\": 6", "\"protocol\": 300"},
        {"\"is-supported\": true,", ""},
        {"\"operator\": \"eq\"", "\"operator\": \"range\""},
        {"\"last-update\": \"2026-11-21T12:00:00Z\"", "\"last-update\": \"2026-11-21T12:00:00\""},
        {"\"local-networks\": [ null ]", "\"local-networks\": [ ]"},
        {"\"ipv6-acl-type\"", "\"eth-acl-type\""},
        {"\"forwarding\": \"accept\"", "\"forwarding\": \"allow\""},
        {"\"mud-version\": 1", "\"mud-version\": \"1\""},
    };

    private BenchFiles() {
    }

    static void write(Path dir, int count, long seed) throws IOException, InvalidMudSpecException {
        Files.createDirectories(dir);
        Random r = new Random(seed);
        MudBuilder builder = MudBuilder.using(MudValidator.create(), Clock.fixed(Instant.parse("2026-11-21T12:00:00Z"), ZoneOffset.UTC));
        for (int i = 0; i < count; i++) {
            String json = new String(builder.build(spec(r, i)), StandardCharsets.UTF_8);
            if (r.nextInt(5) == 0) {
                String[] b = BREAKS[r.nextInt(BREAKS.length)];
                json = json.replaceFirst(java.util.regex.Pattern.quote(b[0]).replace(": ", "\\E\\s*:\\s*\\Q"),
                        java.util.regex.Matcher.quoteReplacement(b[1]));
            }
            Files.writeString(dir.resolve(String.format("mud-%05d.json", i)), json);
        }
    }

    private static MudSpec spec(Random r, int i) {
        String host = "vendor" + r.nextInt(500) + ".example.com";
        MudSpec.Builder b = MudSpec.builder("https://" + host + "/mud/device" + i + ".json", "Vendor " + r.nextInt(500), "Model " + i)
                .cacheValidityHours(48).lastUpdate(Instant.parse("2026-11-21T12:00:00Z"));
        if (r.nextBoolean()) {
            b.ipVersions(EnumSet.of(MudSpec.IpVersion.IPV4));
        }
        MudRule.Target[] targets = MudRule.Target.values();
        int rules = 1 + r.nextInt(6);
        for (int k = 0; k < rules; k++) {
            MudRule.Target t = targets[r.nextInt(targets.length)];
            String value = switch (t) {
                case CLOUD -> "svc" + r.nextInt(50) + "." + host;
                case MANUFACTURER -> "other" + r.nextInt(9) + ".example.net";
                case MODEL -> "https://" + host + "/mud/peer" + r.nextInt(9) + ".json";
                case CONTROLLER -> List.of("urn:ietf:params:mud:dns", "urn:ietf:params:mud:ntp").get(r.nextInt(2));
                default -> null;
            };
            MudRule.Protocol p = r.nextBoolean() ? MudRule.Protocol.TCP : MudRule.Protocol.UDP;
            b.rule(new MudRule(t, value, p, 1 + r.nextInt(65535), MudRule.Initiator.values()[r.nextInt(3)]));
        }
        return b.build();
    }
}
