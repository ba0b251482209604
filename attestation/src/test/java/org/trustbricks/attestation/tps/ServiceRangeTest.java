package org.trustbricks.attestation.tps;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ServiceRangeTest {

    private static ServiceVersion v(int a, int b, int c) {
        return new ServiceVersion(a, b, c);
    }

    private static ServiceBounds incl(int a, int b, int c) {
        return new ServiceBounds.Inclusive(v(a, b, c));
    }

    private static ServiceBounds excl(int a, int b, int c) {
        return new ServiceBounds.Exclusive(v(a, b, c));
    }

    @Test
    void versions_are_ordered_by_major_then_minor_then_patch() {
        assertThat(v(1, 0, 0)).isGreaterThan(v(0, 9, 99));
        assertThat(v(0, 1, 0)).isGreaterThan(v(0, 0, 16));
    }

    @Test
    void inclusive_and_exclusive_outer_bounds() {
        ServiceRange r = new ServiceRange(incl(1, 0, 0), ServiceBounds.none(), ServiceBounds.none(), excl(2, 0, 0));
        assertThat(r.accepts(v(1, 0, 0))).isTrue();
        assertThat(r.accepts(v(1, 9, 9))).isTrue();
        assertThat(r.accepts(v(2, 0, 0))).isFalse();
        assertThat(r.accepts(v(0, 9, 9))).isFalse();
    }

    @Test
    void an_excluded_window_rejects_only_the_versions_inside_it() {
        ServiceRange r = new ServiceRange(incl(1, 0, 0), excl(1, 2, 0), excl(1, 4, 0), incl(2, 0, 0));
        assertThat(r.accepts(v(1, 1, 9))).isTrue();
        assertThat(r.accepts(v(1, 2, 0))).isFalse();
        assertThat(r.accepts(v(1, 3, 5))).isFalse();
        assertThat(r.accepts(v(1, 4, 0))).isFalse();
        assertThat(r.accepts(v(1, 4, 1))).isTrue();
    }

    @Test
    void inclusive_window_bounds_keep_their_own_versions_acceptable() {
        ServiceRange r = new ServiceRange(ServiceBounds.none(), incl(1, 2, 0), incl(1, 4, 0), ServiceBounds.none());
        assertThat(r.accepts(v(1, 2, 0))).isTrue();
        assertThat(r.accepts(v(1, 3, 0))).isFalse();
        assertThat(r.accepts(v(1, 4, 0))).isTrue();
    }

    @Test
    void a_window_with_only_a_first_bound_excludes_everything_after_it() {
        ServiceRange r = new ServiceRange(ServiceBounds.none(), excl(3, 0, 0), ServiceBounds.none(), ServiceBounds.none());
        assertThat(r.accepts(v(2, 9, 9))).isTrue();
        assertThat(r.accepts(v(3, 0, 0))).isFalse();
        assertThat(r.accepts(v(7, 0, 0))).isFalse();
    }
}
