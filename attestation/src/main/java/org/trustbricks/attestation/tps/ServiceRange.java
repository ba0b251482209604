package org.trustbricks.attestation.tps;

/**
 * The acceptable versions of a service (TPSC_ServiceRange): between the lowest and highest acceptable versions,
 * except inside the optional excluded window from the first to the last excluded version.
 *
 * @param lowestAcceptable  lower bound of the range
 * @param firstExcluded     start of the excluded window
 * @param lastExcluded      end of the excluded window
 * @param highestAcceptable upper bound of the range
 */
public record ServiceRange(ServiceBounds lowestAcceptable, ServiceBounds firstExcluded, ServiceBounds lastExcluded,
                           ServiceBounds highestAcceptable) {

    /** Every version. */
    public static ServiceRange any() {
        return new ServiceRange(ServiceBounds.none(), ServiceBounds.none(), ServiceBounds.none(), ServiceBounds.none());
    }

    /**
     * True when the version is in range. Each bound names its acceptable side, as in the reference implementation:
     * an inclusive first-excluded bound still accepts that version. The reference requires a version to be below the
     * first excluded version AND above the last excluded one, which no version satisfies once a window is given; here
     * the window rejects only versions inside it (below-first OR above-last is accepted). A window with one bound is
     * open on the other side. See docs/attestation/tps-notes.md.
     */
    public boolean accepts(ServiceVersion v) {
        if (!above(v, lowestAcceptable) || !below(v, highestAcceptable)) {
            return false;
        }
        boolean first = !(firstExcluded instanceof ServiceBounds.NoBounds);
        boolean last = !(lastExcluded instanceof ServiceBounds.NoBounds);
        if (first && last) {
            return below(v, firstExcluded) || above(v, lastExcluded);
        }
        return first ? below(v, firstExcluded) : !last || above(v, lastExcluded);
    }

    private static boolean above(ServiceVersion v, ServiceBounds b) {
        return switch (b) {
            case ServiceBounds.Inclusive i -> v.compareTo(i.version()) >= 0;
            case ServiceBounds.Exclusive e -> v.compareTo(e.version()) > 0;
            case ServiceBounds.NoBounds n -> true;
        };
    }

    private static boolean below(ServiceVersion v, ServiceBounds b) {
        return switch (b) {
            case ServiceBounds.Inclusive i -> v.compareTo(i.version()) <= 0;
            case ServiceBounds.Exclusive e -> v.compareTo(e.version()) < 0;
            case ServiceBounds.NoBounds n -> true;
        };
    }
}
