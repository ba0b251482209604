package org.trustbricks.registry.scheme;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.trustbricks.registry.access.InvalidRequestException;
import org.trustbricks.registry.access.NotPermittedException;
import org.trustbricks.registry.access.UnknownObjectException;
import org.trustbricks.registry.testing.Scenario;

/** Laboratory authorisations and recognition agreements in a real database: duplicates, overlaps and ending. */
class SchemesTest {

    static Scenario s;
    static Schemes schemes;

    @BeforeAll
    static void start() {
        s = Scenario.fresh();
        schemes = Schemes.using(s.db.jdbi());
    }

    @AfterAll
    static void stop() {
        s.close();
    }

    static String field(Throwable t) {
        return ((InvalidRequestException) t).problems().get(0).field();
    }

    @Test
    void a_live_authorisation_is_not_made_twice_but_a_withdrawn_one_can_be_granted_again() {
        assertThatThrownBy(() -> schemes.authorise(s.cb, s.lab.organisationId(), s.scheme.id()))
                .isInstanceOf(InvalidRequestException.class).satisfies(e -> assertThat(field(e)).isEqualTo("labId"))
                .hasMessageContaining("already authorised");
        LabAuthorisation granted = schemes.authorise(s.otherCb, s.otherLab.organisationId(), s.scheme.id());
        assertThat(granted.cb()).isEqualTo("CB Two");
        assertThat(schemes.revoke(s.otherCb, s.otherLab.organisationId(), s.scheme.id())).isTrue();
        assertThat(schemes.isAuthorised(s.otherCb.organisationId(), s.otherLab.organisationId(), s.scheme.id())).isFalse();
        schemes.authorise(s.otherCb, s.otherLab.organisationId(), s.scheme.id());
        assertThat(schemes.isAuthorised(s.otherCb.organisationId(), s.otherLab.organisationId(), s.scheme.id())).isTrue();
    }

    @Test
    void an_unknown_laboratory_or_scheme_is_a_field_error() {
        assertThatThrownBy(() -> schemes.authorise(s.cb, s.vendor.organisationId(), s.scheme.id()))
                .isInstanceOf(InvalidRequestException.class).satisfies(e -> assertThat(field(e)).isEqualTo("labId"));
        assertThatThrownBy(() -> schemes.authorise(s.cb, s.otherLab.organisationId(), 987_654))
                .isInstanceOf(InvalidRequestException.class).satisfies(e -> assertThat(field(e)).isEqualTo("schemeId"));
        assertThatThrownBy(() -> schemes.recognise(s.cb, s.lab.organisationId(), s.scheme.id(), LocalDate.of(2026, 1, 1), null))
                .isInstanceOf(InvalidRequestException.class).satisfies(e -> assertThat(field(e)).isEqualTo("recognisedCbId"));
    }

    @Test
    void overlapping_agreements_between_the_same_bodies_are_refused_and_adjacent_ones_accepted() {
        long two = s.otherCb.organisationId();
        schemes.recognise(s.cb, two, s.scheme.id(), LocalDate.of(2024, 1, 1), LocalDate.of(2024, 12, 31));
        assertThatThrownBy(() -> schemes.recognise(s.cb, two, s.scheme.id(), LocalDate.of(2024, 12, 31), null))
                .isInstanceOf(InvalidRequestException.class).satisfies(e -> assertThat(field(e)).isEqualTo("from"))
                .hasMessageContaining("2024-01-01 to 2024-12-31");
        assertThatThrownBy(() -> schemes.recognise(s.cb, two, s.scheme.id(), LocalDate.of(2020, 1, 1), null))
                .isInstanceOf(InvalidRequestException.class);
        Recognition next = schemes.recognise(s.cb, two, s.scheme.id(), LocalDate.of(2025, 1, 1), null);
        assertThat(next.recognisingId()).isEqualTo(s.cb.organisationId());
        assertThat(next.until()).isNull();
        assertThatThrownBy(() -> schemes.recognise(s.cb, two, s.scheme.id(), LocalDate.of(2023, 6, 1), LocalDate.of(2023, 1, 1)))
                .isInstanceOf(InvalidRequestException.class).satisfies(e -> assertThat(field(e)).isEqualTo("until"));
        assertThatThrownBy(() -> schemes.recognise(s.cb, s.cb.organisationId(), s.scheme.id(), LocalDate.of(2023, 6, 1), null))
                .isInstanceOf(InvalidRequestException.class);
    }

    @Test
    void only_the_recognising_body_ends_an_agreement_and_only_ever_earlier() {
        Recognition r = schemes.recognise(s.otherCb, s.cb.organisationId(), s.scheme.id(), LocalDate.of(2026, 3, 1), null);
        assertThat(schemes.recognisedBy(s.cb.organisationId(), s.scheme.id(), LocalDate.of(2026, 9, 1))).contains("CB Two");
        assertThatThrownBy(() -> schemes.end(s.cb, r.id(), LocalDate.of(2026, 6, 30))).isInstanceOf(NotPermittedException.class);
        assertThatThrownBy(() -> schemes.end(s.lab, r.id(), LocalDate.of(2026, 6, 30))).isInstanceOf(NotPermittedException.class);
        assertThatThrownBy(() -> schemes.end(s.otherCb, 987_654, LocalDate.of(2026, 6, 30))).isInstanceOf(UnknownObjectException.class);
        assertThatThrownBy(() -> schemes.end(s.otherCb, r.id(), LocalDate.of(2026, 2, 1)))
                .isInstanceOf(InvalidRequestException.class).satisfies(e -> assertThat(field(e)).isEqualTo("until"));
        Recognition ended = schemes.end(s.otherCb, r.id(), LocalDate.of(2026, 6, 30));
        assertThat(ended.until()).isEqualTo(LocalDate.of(2026, 6, 30));
        assertThat(schemes.recognisedBy(s.cb.organisationId(), s.scheme.id(), LocalDate.of(2026, 9, 1))).doesNotContain("CB Two");
        assertThat(schemes.recognisedBy(s.cb.organisationId(), s.scheme.id(), LocalDate.of(2026, 6, 30))).contains("CB Two");
        assertThatThrownBy(() -> schemes.end(s.otherCb, r.id(), LocalDate.of(2026, 7, 1)))
                .isInstanceOf(InvalidRequestException.class).hasMessageContaining("only be ended earlier");
    }
}
