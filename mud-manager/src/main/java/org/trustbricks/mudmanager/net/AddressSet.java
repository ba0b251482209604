package org.trustbricks.mudmanager.net;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;

/** An immutable set of IPv4 and IPv6 prefixes with fast membership tests (binary search for IPv4). */
public final class AddressSet {

    /** The empty set. */
    public static final AddressSet EMPTY = new AddressSet(List.of());

    private final List<Prefix> prefixes;
    private final long[] v4Start;
    private final long[] v4End;
    private final long[] v6Hi;
    private final long[] v6Lo;
    private final long[] v6MaskHi;
    private final long[] v6MaskLo;

    private AddressSet(Collection<Prefix> all) {
        this.prefixes = List.copyOf(new LinkedHashSet<>(all));
        List<long[]> ranges = new ArrayList<>();
        List<Prefix> v6 = new ArrayList<>();
        for (Prefix p : prefixes) {
            if (p.version() == 4) {
                long size = 1L << (32 - p.length());
                ranges.add(new long[] {p.lo(), p.lo() + size - 1});
            } else {
                v6.add(p);
            }
        }
        ranges.sort(Comparator.comparingLong(r -> r[0]));
        List<long[]> merged = new ArrayList<>();
        for (long[] r : ranges) {
            if (!merged.isEmpty() && r[0] <= merged.get(merged.size() - 1)[1] + 1) {
                long[] last = merged.get(merged.size() - 1);
                last[1] = Math.max(last[1], r[1]);
            } else {
                merged.add(r.clone());
            }
        }
        v4Start = merged.stream().mapToLong(r -> r[0]).toArray();
        v4End = merged.stream().mapToLong(r -> r[1]).toArray();
        v6Hi = v6.stream().mapToLong(Prefix::hi).toArray();
        v6Lo = v6.stream().mapToLong(Prefix::lo).toArray();
        v6MaskHi = v6.stream().mapToLong(p -> Prefix.mask64(p.length())).toArray();
        v6MaskLo = v6.stream().mapToLong(p -> Prefix.mask64(p.length() - 64)).toArray();
    }

    /** A set of the given prefixes. */
    public static AddressSet of(Collection<Prefix> prefixes) {
        return prefixes.isEmpty() ? EMPTY : new AddressSet(prefixes);
    }

    /** The prefixes as given (duplicates removed). */
    public List<Prefix> prefixes() {
        return prefixes;
    }

    /** Prefixes of one IP version. */
    public List<Prefix> prefixes(int version) {
        return prefixes.stream().filter(p -> p.version() == version).toList();
    }

    /** True when no address is in the set. */
    public boolean isEmpty() {
        return prefixes.isEmpty();
    }

    /** True when the IPv4 address (as int) is in the set. */
    public boolean contains4(int address) {
        long a = address & 0xFFFFFFFFL;
        int lo = 0;
        int hi = v4Start.length - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            if (v4Start[mid] > a) {
                hi = mid - 1;
            } else if (v4End[mid] < a) {
                lo = mid + 1;
            } else {
                return true;
            }
        }
        return false;
    }

    /** True when the IPv6 address is in the set. */
    public boolean contains6(long hi, long lo) {
        for (int i = 0; i < v6Hi.length; i++) {
            if ((hi & v6MaskHi[i]) == v6Hi[i] && (lo & v6MaskLo[i]) == v6Lo[i]) {
                return true;
            }
        }
        return false;
    }

    /** Union of two sets. */
    public AddressSet union(AddressSet other) {
        if (other.isEmpty()) {
            return this;
        }
        List<Prefix> all = new ArrayList<>(prefixes);
        all.addAll(other.prefixes);
        return of(all);
    }
}
