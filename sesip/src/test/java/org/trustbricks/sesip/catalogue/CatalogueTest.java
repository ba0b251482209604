package org.trustbricks.sesip.catalogue;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class CatalogueTest {

    @Test
    void the_current_edition_holds_the_forty_sfrs_of_the_reference_with_exact_titles() {
        Catalogue c = Catalogues.current();
        assertThat(c.sfrs()).hasSize(40);
        assertThat(c.sfrs()).extracting(Sfr::title).contains(
                "Verification of Platform Identity", "Software Attacker Resistance: Isolation of Platform Parts",
                "Constrained Demands on the Environment Capability", "Cryptographic KeyStore", "Availability Support");
        assertThat(c.sfrs()).extracting(Sfr::id).doesNotHaveDuplicates();
    }

    @Test
    void every_edition_known_is_loaded_and_the_older_ones_leave_out_the_sfrs_inferred_as_added_in_v1_2() {
        assertThat(Catalogues.editionIds()).containsExactly("GP-1.0", "GP-1.1", "GP-1.2", "EN17927-2023");
        Catalogue v10 = Catalogues.edition("gp-1.0").orElseThrow();
        assertThat(v10.sfr("Availability Support")).isEmpty();
        assertThat(v10.sfr("Secure Update of Platform")).isPresent();
        assertThat(v10.edition().membership().confidence()).isEqualTo(Confidence.INFERRED);
        assertThat(Catalogues.edition("EN17927-2023").orElseThrow().edition().sesip4And5()).isEqualTo("sesip-only-allowed");
    }

    @Test
    void sfrs_are_found_by_id_or_by_title_ignoring_case() {
        Catalogue c = Catalogues.current();
        assertThat(c.sfr("cryptographic-keystore")).isPresent();
        assertThat(c.sfr("cryptographic  keystore")).get().extracting(Sfr::clause).isEqualTo("3.5.3");
        assertThat(c.sfr("Secure Storage")).isEmpty();
    }

    @Test
    void the_lenient_matching_keys_of_all_titles_are_distinct() {
        for (Catalogue c : Catalogues.all()) {
            assertThat(c.sfrs().stream().map(s -> Catalogue.normalise(s.title())).distinct().count()).isEqualTo(c.sfrs().size());
        }
    }

    @Test
    void every_relation_points_to_an_sfr_of_the_same_edition() {
        for (Catalogue c : Catalogues.all()) {
            Set<String> ids = new HashSet<>();
            c.sfrs().forEach(s -> ids.add(s.id()));
            for (Sfr s : c.sfrs()) {
                s.implies().forEach(r -> assertThat(ids).as(s.id() + " implies").contains(r.sfr()));
                s.requires().forEach(r -> assertThat(ids).as(s.id() + " requires").contains(r.sfr()));
            }
            c.mandatory().forEach(m -> assertThat(ids).contains(m.sfr()));
            assertThat(c.groups()).extracting(SfrGroup::id).containsAll(c.sfrs().stream().map(Sfr::group).toList());
        }
    }

    @Test
    void relations_and_parameters_of_the_reference_are_kept_with_their_provenance() {
        Sfr state = Catalogues.current().sfr("attestation-of-platform-state").orElseThrow();
        assertThat(state.implies()).extracting(Relation::sfr)
                .containsExactly("attestation-of-platform-genuineness", "secure-initialization-of-platform");
        assertThat(state.implies().get(0).provenance()).isEqualTo(new Provenance(Confidence.VERIFIED, "S1"));
        Sfr keystore = Catalogues.current().sfr("cryptographic-keystore").orElseThrow();
        SfrParameter props = keystore.parameter("properties");
        assertThat(props.kind()).isEqualTo(ParameterKind.SELECTION);
        assertThat(props.choices()).containsExactly("confidentiality", "integrity", "authenticity");
        assertThat(Catalogues.current().sfr("secure-communication-enforcement").orElseThrow().requires())
                .extracting(Relation::sfr).containsExactly("secure-communication-support");
        assertThat(Catalogues.current().sfr("secure-communication-support").orElseThrow().iterable().value()).isTrue();
    }

    @Test
    void sesip4_and_sesip5_components_carry_a_lower_confidence_than_sesip1_to_3() {
        Catalogue c = Catalogues.current();
        assertThat(c.level(AssuranceLevel.SESIP3).componentsSourced()).isTrue();
        assertThat(c.level(AssuranceLevel.SESIP4).componentsSourced()).isFalse();
        assertThat(c.level(AssuranceLevel.SESIP5).components()).extracting(AssuranceComponent::id).contains("AVA_VAN.5");
        assertThat(c.level(AssuranceLevel.SESIP2).components()).extracting(AssuranceComponent::id)
                .contains("ADV_FSP.4", "ATE_IND.1", "AVA_VAN.2").doesNotContain("ADV_IMP.3");
    }

    @Test
    void the_catalogue_is_immutable_and_loaded_once() {
        assertThat(Catalogues.current()).isSameAs(Catalogues.edition("GP-1.2").orElseThrow());
        List<Sfr> sfrs = Catalogues.current().sfrs();
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> sfrs.remove(0))
                .isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void the_catalogue_serialises_to_json_with_confidence_labels() throws Exception {
        String json = new ObjectMapper().writeValueAsString(Catalogues.current());
        assertThat(json).contains("\"title\":\"Secure Update of Platform\"").contains("\"confidence\":\"verified\"");
    }
}
