package org.trustbricks.mud.build;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.arbitrary;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.strings;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.trustbricks.mud.Mode;
import org.trustbricks.mud.MudReport;
import org.trustbricks.mud.MudValidator;
import org.trustbricks.mud.YanglintAccess;
import org.trustbricks.mud.build.MudRule.Target;

/** Random builder inputs always give strictly valid MUD files (yanglint as the oracle on a sample). */
class MudBuilderPropertyTest {

    private static final MudValidator VALIDATOR = MudValidator.create();
    private static final MudBuilder BUILDER = MudBuilder.using(VALIDATOR, Clock.fixed(Instant.parse("2026-11-21T12:00:00Z"), ZoneOffset.UTC));

    private static final Gen<String> LABEL = strings().betweenCodePoints('a', 'z').ofLengthBetween(1, 12);
    private static final Gen<String> DNS = in -> LABEL.generate(in) + "." + LABEL.generate(in) + "." + arbitrary().pick(List.of("com", "net", "example")).generate(in);
    /** Printable text: any code point from U+0020 to U+D7FF except DEL, which is a control character. */
    private static final Gen<String> TEXT = strings().betweenCodePoints(0x20, 0xD7FF).ofLengthBetween(1, 40)
            .map(s -> s.replace('\u007f', '~'));
    private static final Gen<Integer> PORT = integers().between(1, 65535);

    private static final Gen<MudRule> RULE = in -> {
        Target target = arbitrary().enumValues(Target.class).generate(in);
        MudRule.Protocol protocol = arbitrary().enumValues(MudRule.Protocol.class).generate(in);
        String value = switch (target) {
            case CLOUD, MANUFACTURER -> DNS.generate(in);
            case MODEL -> "https://" + DNS.generate(in) + "/" + LABEL.generate(in) + ".json";
            case CONTROLLER -> arbitrary().pick(List.of("urn:ietf:params:mud:dns", "urn:ietf:params:mud:ntp",
                    "https://" + DNS.generate(in) + "/controller")).generate(in);
            default -> null;
        };
        boolean ported = (protocol == MudRule.Protocol.TCP || protocol == MudRule.Protocol.UDP) && integers().between(0, 3).generate(in) > 0;
        return new MudRule(target, value, protocol, ported ? PORT.generate(in) : null,
                arbitrary().enumValues(MudRule.Initiator.class).generate(in));
    };

    private static final Gen<MudSpec> SPEC = in -> {
        String host = DNS.generate(in);
        MudSpec.Builder b = MudSpec.builder("https://" + host + "/mud/" + LABEL.generate(in) + ".json", TEXT.generate(in), TEXT.generate(in))
                .cacheValidityHours(integers().between(1, 168).generate(in))
                .supported(integers().between(0, 4).generate(in) > 0);
        int rules = integers().between(0, 6).generate(in);
        for (int i = 0; i < rules; i++) {
            b.rule(RULE.generate(in));
        }
        if (integers().between(0, 2).generate(in) == 0) {
            b.firmwareRev(TEXT.generate(in)).documentation("https://" + host + "/docs");
        }
        int sboms = integers().between(0, 2).generate(in);
        for (int i = 0; i < sboms; i++) {
            b.sbom("v" + i, "https://" + host + "/sbom/" + i + ".json");
        }
        if (integers().between(0, 3).generate(in) == 0) {
            b.vulnerabilityUrl("https://" + host + "/csaf.json");
        }
        List<Set<MudSpec.IpVersion>> choices = List.of(EnumSet.of(MudSpec.IpVersion.IPV4), EnumSet.of(MudSpec.IpVersion.IPV6),
                EnumSet.allOf(MudSpec.IpVersion.class));
        return b.ipVersions(arbitrary().pick(choices).generate(in)).build();
    };

    @Test
    void every_well_formed_spec_builds_into_a_strictly_valid_file_that_yanglint_accepts() {
        boolean oracle = org.trustbricks.mud.YanglintAccess.available();
        AtomicInteger run = new AtomicInteger();
        List<String> rejectedByYanglint = new ArrayList<>();
        qt().withExamples(300).forAll(SPEC).checkAssert(spec -> {
            byte[] json;
            try {
                json = BUILDER.build(spec);
            } catch (InvalidMudSpecException e) {
                throw new AssertionError("refused a well-formed spec: " + e.findings(), e);
            }
            MudReport report = VALIDATOR.validate(json, Mode.STRICT, spec.mudUrl());
            assertThat(report.valid()).as(report.findings().toString()).isTrue();
            if (oracle && run.incrementAndGet() % 20 == 0) {
                try {
                    if (!YanglintAccess.valid(json)) {
                        rejectedByYanglint.add(YanglintAccess.output(json));
                    }
                } catch (Exception e) {
                    throw new AssertionError(e);
                }
            }
        });
        assertThat(rejectedByYanglint).isEmpty();
    }

    @Test
    void a_spec_with_an_http_mud_url_and_a_bad_dns_name_is_refused_with_paths() {
        MudSpec spec = MudSpec.builder("http://example.com/t.json", "Example", "T1")
                .rule(MudRule.cloudTcp("not a name", 443)).build();
        assertThatThrownBy(() -> BUILDER.build(spec)).isInstanceOfSatisfying(InvalidMudSpecException.class, e ->
                assertThat(e.findings()).extracting(f -> f.path()).containsExactly("/mudUrl", "/rules/0/value"));
    }

    @Test
    void arbitrary_text_in_every_field_is_either_built_validly_or_refused_never_crashing() {
        Gen<String> anything = strings().allPossible().ofLengthBetween(0, 30);
        qt().withExamples(200).forAll(anything, anything, anything, integers().between(-5, 70000)).checkAssert((url, mfg, name, port) -> {
            MudSpec spec = MudSpec.builder(url, mfg, name).rule(new MudRule(Target.CLOUD, name, MudRule.Protocol.UDP, port,
                    MudRule.Initiator.EITHER)).build();
            try {
                byte[] json = BUILDER.build(spec);
                assertThat(VALIDATOR.validate(json, Mode.STRICT).valid()).isTrue();
            } catch (InvalidMudSpecException e) {
                assertThat(e.findings()).isNotEmpty().allSatisfy(f -> assertThat(f.path()).startsWith("/"));
            }
        });
    }

    @Test
    void the_same_spec_gives_the_same_bytes() throws Exception {
        MudSpec spec = MudSpec.builder("https://example.com/t1.json", "Example", "T1").rule(MudRule.cloudTcp("api.example.com", 443)).build();
        assertThat(BUILDER.build(spec)).isEqualTo(BUILDER.build(spec));
    }
}
