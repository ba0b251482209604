package org.trustbricks.mudmanager.profile;

import java.util.Arrays;

/**
 * Open-addressing map from a connection (protocol, ports, peer address) to a flow index, without allocation per
 * lookup. Bounded: when full it is cleared and the reset is counted (connections open across a reset have their
 * direction inferred again).
 */
final class ConnTable {

    private final long[] k1;
    private final long[] k2;
    private final long[] k3;
    private final int[] value;
    private final int mask;
    private final int limit;
    private int size;
    long resets;

    ConnTable(int maxEntries) {
        int cap = Integer.highestOneBit(Math.max(16, maxEntries) * 2 - 1) << 1;
        k1 = new long[cap];
        k2 = new long[cap];
        k3 = new long[cap];
        value = new int[cap];
        Arrays.fill(value, -1);
        mask = cap - 1;
        limit = maxEntries;
    }

    static long head(int protocol, int devPort, int peerPort, int version) {
        return (long) protocol << 40 | (long) devPort << 24 | (long) peerPort << 8 | version;
    }

    private int slot(long a, long b, long c) {
        long h = a * 0x9E3779B97F4A7C15L ^ b * 0xC2B2AE3D27D4EB4FL ^ c * 0x165667B19E3779F9L;
        return (int) (h ^ (h >>> 29)) & mask;
    }

    int get(long a, long b, long c) {
        int i = slot(a, b, c);
        while (value[i] >= 0) {
            if (k1[i] == a && k2[i] == b && k3[i] == c) {
                return value[i];
            }
            i = (i + 1) & mask;
        }
        return -1;
    }

    void put(long a, long b, long c, int v) {
        if (size >= limit) {
            Arrays.fill(value, -1);
            size = 0;
            resets++;
        }
        int i = slot(a, b, c);
        while (value[i] >= 0) {
            if (k1[i] == a && k2[i] == b && k3[i] == c) {
                value[i] = v;
                return;
            }
            i = (i + 1) & mask;
        }
        k1[i] = a;
        k2[i] = b;
        k3[i] = c;
        value[i] = v;
        size++;
    }
}
