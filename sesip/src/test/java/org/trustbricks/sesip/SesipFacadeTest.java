package org.trustbricks.sesip;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.trustbricks.common.Finding;
import org.trustbricks.sesip.mapping.Regulation;
import org.trustbricks.sesip.render.Format;
import org.trustbricks.sesip.st.SecurityTarget;
import org.trustbricks.sesip.st.StReference;
import org.trustbricks.sesip.validation.ValidationReport;

class SesipFacadeTest {

    private final ObjectMapper json = new ObjectMapper();

    private static byte[] lock() throws Exception {
        return Files.readAllBytes(Path.of("../examples/sesip/smart-lock.yaml"));
    }

    @Test
    void every_result_serialises_to_json() throws Exception {
        JsonNode report = json.valueToTree(Sesip.validate(lock(), "smart-lock.yaml"));
        assertThat(report.get("valid").asBoolean()).isTrue();
        assertThat(report.get("level").asText()).isEqualTo("SESIP2 with SESIP3 and SESIP5 part(s)");
        assertThat(report.get("findings").get(0).get("severity").asText()).isEqualTo("INFO");
        JsonNode composition = json.valueToTree(Sesip.compose(lock(), "smart-lock.yaml"));
        assertThat(composition.get("acceptable").asBoolean()).isTrue();
        assertThat(composition.get("attributions")).hasSizeGreaterThan(5);
        JsonNode coverage = json.valueToTree(Sesip.coverage(lock(), "smart-lock.yaml", Regulation.CRA));
        assertThat(coverage.at("/report/regulation/id").asText()).isEqualTo("cra");
        assertThat(coverage.at("/report/requirements/0/confidence").asText()).isEqualTo("inferred");
        JsonNode render = json.valueToTree(Sesip.render(lock(), "smart-lock.yaml", Format.MARKDOWN));
        assertThat(render.get("format").asText()).isEqualTo("md");
        JsonNode starter = json.valueToTree(Sesip.newStarter(List.of("eu-consumer-iot")));
        assertThat(starter.at("/guidance/starter/sfrs")).isNotEmpty();
        JsonNode catalogue = json.valueToTree(Sesip.catalogue());
        assertThat(catalogue.at("/sfrs/0/provenance/confidence").asText()).isEqualTo("verified");
        assertThat(json.valueToTree(Sesip.profiles()).size()).isGreaterThan(5);
    }

    @Test
    void a_record_built_in_code_is_checked_like_a_document() throws Exception {
        SecurityTarget st = Sesip.read(lock(), "smart-lock.yaml").securityTarget().orElseThrow();
        assertThat(Sesip.validate(st, "lock").valid()).isTrue();
        SecurityTarget broken = new SecurityTarget(st.format(), new StReference(null, "1", "2026-01-01", "x"), st.methodology(),
                null, null, null, null, null, null, st.assurance(), List.of(), null, null, null);
        ValidationReport r = Sesip.validate(broken, "form");
        assertThat(r.complete()).isFalse();
        assertThat(r.findings()).extracting(Finding::path).contains("/reference/title", "/platform");
        assertThat(Sesip.compose(broken).complete()).isFalse();
        assertThat(Sesip.coverage(broken, Regulation.EN303645).report()).isNull();
        assertThat(Sesip.render(broken, Format.HTML).content()).isNull();
    }

    @Test
    void the_schema_and_catalogues_are_available_from_the_facade() throws Exception {
        assertThat(json.readTree(Sesip.schema()).get("$schema").asText()).contains("2020-12");
        assertThat(Sesip.catalogue("EN17927-2023")).isPresent();
        assertThat(Sesip.catalogue("GP-7")).isEmpty();
        assertThat(Sesip.catalogues()).hasSize(4);
    }
}
