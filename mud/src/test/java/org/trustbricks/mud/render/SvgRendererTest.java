package org.trustbricks.mud.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.trustbricks.common.MalformedInputException;
import org.trustbricks.common.testing.SharedCorpus;
import org.trustbricks.mud.Mud;
import org.trustbricks.mud.build.MudRule;
import org.trustbricks.mud.build.MudRule.Initiator;
import org.trustbricks.mud.build.MudRule.Protocol;
import org.trustbricks.mud.build.MudRule.Target;
import org.trustbricks.mud.build.MudSpec;

class SvgRendererTest {

    private final Mud mud = Mud.create(Clock.fixed(Instant.parse("2026-11-21T12:00:00Z"), ZoneOffset.UTC));

    private byte[] sample() throws Exception {
        return mud.build(MudSpec.builder("https://devices.example.com/t100.json", "Example <Devices>", "T100")
                .ipVersions(java.util.Set.of(MudSpec.IpVersion.IPV4))
                .rule(MudRule.cloudTcp("api.example.com", 443))
                .rule(new MudRule(Target.CLOUD, "pool.ntp.org", Protocol.UDP, 123, Initiator.EITHER))
                .rule(MudRule.to(Target.LOCAL_NETWORK, Protocol.TCP, 8080, Initiator.REMOTE))
                .rule(MudRule.to(Target.SAME_MANUFACTURER, Protocol.UDP, 5683, Initiator.EITHER))
                .rule(new MudRule(Target.CONTROLLER, "urn:ietf:params:mud:dns", Protocol.UDP, 53, Initiator.DEVICE))
                .build());
    }

    @Test
    void draws_every_peer_with_protocol_port_and_direction() throws Exception {
        String svg = mud.renderSvg(sample());
        assertThat(svg).contains("api.example.com", "TCP 443 → device opens", "pool.ntp.org", "UDP 123 ⇄",
                "Local network", "TCP (device port 8080) ← peer opens", "Same manufacturer", "urn:ietf:params:mud:dns",
                "Example &lt;Devices&gt; T100");
        assertThat(svg.indexOf("Internet services")).isLessThan(svg.indexOf("Local network"));
    }

    @Test
    void the_same_file_gives_the_same_picture_and_it_is_well_formed_xml() throws Exception {
        byte[] json = sample();
        String svg = mud.renderSvg(json);
        assertThat(mud.renderSvg(json)).isEqualTo(svg);
        var doc = DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
        assertThat(doc.getDocumentElement().getTagName()).isEqualTo("svg");
    }

    @Test
    void an_unsupported_device_is_flagged_in_the_picture() throws Exception {
        byte[] json = mud.build(MudSpec.builder("https://devices.example.com/old.json", "Example", "Old").supported(false).build());
        assertThat(mud.renderSvg(json)).contains("NOT supported by its manufacturer");
    }

    @Test
    void a_document_without_a_mud_container_is_refused() {
        assertThatThrownBy(() -> mud.renderSvg("{}".getBytes(StandardCharsets.UTF_8))).isInstanceOf(MalformedInputException.class);
    }

    @Test
    void every_corpus_file_renders_as_well_formed_xml() throws Exception {
        Path dir = SharedCorpus.require("corpus/mud");
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".json")).sorted().toList()) {
                String svg;
                try {
                    svg = mud.renderSvg(Files.readAllBytes(f));
                } catch (MalformedInputException e) {
                    continue;
                }
                DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
            }
        }
    }
}
