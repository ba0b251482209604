package org.trustbricks.registry.attestation;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jdbi.v3.core.Jdbi;
import org.trustbricks.registry.db.GroupCommit;

/**
 * Group commit of single-use nonce consumption: the nonces of concurrent requests that arrive within one short window
 * (or while the previous statement runs) are deleted by a single
 * {@code delete ... where nonce = any(...) returning nonce, expires_at}, and each caller learns whether its own nonce
 * was among the rows returned. The same nonce twice in one batch gets the row once; the later caller is told it was
 * already used, exactly as two sequential deletes would. Up to two threads run the statements, so a batch gathers
 * while the previous one waits for its commit to be flushed (the same nonce in two concurrent batches is returned by
 * one delete only: the row lock orders them).
 */
final class NonceGroupCommit {

    static final int MAX_BATCH = 512;
    static final int MAX_DRAINERS = 2;
    private static final HexFormat HEX = HexFormat.of();
    /** The statement (package-private for the test of its plan). */
    static final String DELETE = "delete from attestation_nonce where nonce = any(array(select decode(h, 'hex') from unnest(:ns) as h))"
            + " returning nonce, expires_at";

    private final Jdbi jdbi;
    private final GroupCommit<String, Optional<OffsetDateTime>> group;

    NonceGroupCommit(Jdbi jdbi, Duration window) {
        this.jdbi = jdbi;
        this.group = GroupCommit.of("attestation-nonce-commit", window, MAX_BATCH, MAX_DRAINERS, this::commit);
    }

    /** Deletes the nonce (together with others waiting); its expiry when it was still stored, empty when not. */
    Optional<OffsetDateTime> consume(byte[] nonce) {
        return group.submit(HEX.formatHex(nonce));
    }

    private void commit(List<GroupCommit.Pending<String, Optional<OffsetDateTime>>> batch) {
        Map<String, GroupCommit.Pending<String, Optional<OffsetDateTime>>> owners = new HashMap<>();
        List<GroupCommit.Pending<String, Optional<OffsetDateTime>>> duplicates = new ArrayList<>();
        for (var p : batch) {
            if (owners.putIfAbsent(p.item(), p) != null) {
                duplicates.add(p);
            }
        }
        Map<String, OffsetDateTime> deleted = new HashMap<>();
        jdbi.useHandle(h -> h.createQuery(DELETE).bind("ns", owners.keySet().toArray(String[]::new))
                .map((rs, ctx) -> Map.entry(HEX.formatHex(rs.getBytes(1)), rs.getObject(2, OffsetDateTime.class)))
                .forEach(e -> deleted.put(e.getKey(), e.getValue())));
        owners.forEach((hex, p) -> p.result().complete(Optional.ofNullable(deleted.get(hex))));
        duplicates.forEach(p -> p.result().complete(Optional.empty()));
    }
}
