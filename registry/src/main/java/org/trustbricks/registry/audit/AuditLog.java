package org.trustbricks.registry.audit;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

/**
 * Append-only, hash-chained audit log. Each entry's hash is SHA-256 over the previous entry's hash and the entry's
 * own fields (not its position), so an edited entry fails its own hash and a deleted or moved entry breaks the link
 * of the entry after it.
 */
public final class AuditLog {

    /** Advisory lock key serialising appends across every instance (the chain has one head). */
    private static final long APPEND_LOCK = 0x7472757374617564L;
    private static final byte[] GENESIS = new byte[32];

    private final Jdbi jdbi;

    private AuditLog(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    /** The audit log stored through the given Jdbi. */
    public static AuditLog using(Jdbi jdbi) {
        return new AuditLog(jdbi);
    }

    /** Appends an entry in its own transaction. */
    public AuditEntry append(String actor, String action, String object, String detail) {
        return jdbi.inTransaction(h -> append(h, actor, action, object, detail));
    }

    /** Appends an entry inside the caller's transaction, so it commits or rolls back with the change it records. */
    public static AuditEntry append(Handle h, String actor, String action, String object, String detail) {
        h.createQuery("select 1 from (select pg_advisory_xact_lock(:k)) l").bind("k", APPEND_LOCK).mapTo(Integer.class).one();
        record Head(long seq, byte[] hash) {
        }
        Head head = h.createQuery("select seq, hash from audit_log order by seq desc limit 1")
                .map((rs, ctx) -> new Head(rs.getLong(1), rs.getBytes(2))).findOne().orElse(new Head(0, GENESIS));
        Instant at = Instant.now().truncatedTo(ChronoUnit.MICROS);
        AuditEntry entry = new AuditEntry(head.seq() + 1, at, actor, action, object, detail == null ? "" : detail,
                hex(head.hash()), "");
        byte[] hash = hash(head.hash(), entry);
        h.createUpdate("""
                insert into audit_log (seq, at, actor, action, object, detail, prev_hash, hash)
                values (:seq, :at, :actor, :action, :object, :detail, :prev, :hash)""")
                .bind("seq", entry.seq()).bind("at", OffsetDateTime.ofInstant(at, ZoneOffset.UTC))
                .bind("actor", actor).bind("action", action).bind("object", object).bind("detail", entry.detail())
                .bind("prev", head.hash()).bind("hash", hash).execute();
        return new AuditEntry(entry.seq(), at, actor, action, object, entry.detail(), entry.previousHash(), hex(hash));
    }

    /** Entries about one object, oldest first. */
    public List<AuditEntry> about(String object) {
        return jdbi.withHandle(h -> h.createQuery("select * from audit_log where object = :o order by seq")
                .bind("o", object).map((rs, ctx) -> row(rs)).list());
    }

    /** The most recent entries, newest first. */
    public List<AuditEntry> recent(int limit) {
        return jdbi.withHandle(h -> h.createQuery("select * from audit_log order by seq desc limit :l")
                .bind("l", Math.max(1, Math.min(limit, 500))).map((rs, ctx) -> row(rs)).list());
    }

    /** Walks the whole chain in storage order and names every entry that does not fit. */
    public AuditVerification verify() {
        List<AuditVerification.Problem> problems = new ArrayList<>();
        long[] count = {0};
        jdbi.useHandle(h -> {
            byte[][] previous = {GENESIS};
            long[] expectedSeq = {1};
            h.createQuery("select * from audit_log order by seq").setFetchSize(1000).map((rs, ctx) -> {
                AuditEntry e = row(rs);
                byte[] storedPrev = rs.getBytes("prev_hash");
                byte[] storedHash = rs.getBytes("hash");
                count[0]++;
                if (e.seq() != expectedSeq[0]) {
                    problems.add(new AuditVerification.Problem(e.seq(), "missing",
                            "entries " + expectedSeq[0] + ".." + (e.seq() - 1) + " before entry " + e.seq() + " were deleted"));
                }
                if (!MessageDigest.isEqual(hash(storedPrev, e), storedHash)) {
                    problems.add(new AuditVerification.Problem(e.seq(), "edited",
                            "entry " + e.seq() + " (" + e.action() + " " + e.object() + ") does not match its hash: its content was changed"));
                } else if (!MessageDigest.isEqual(storedPrev, previous[0])) {
                    problems.add(new AuditVerification.Problem(e.seq(), e.seq() == expectedSeq[0] ? "reordered" : "missing",
                            "entry " + e.seq() + " (" + e.action() + " " + e.object()
                                    + ") does not follow the entry before it: an entry was deleted, inserted or moved"));
                }
                previous[0] = storedHash;
                expectedSeq[0] = e.seq() + 1;
                return e;
            }).forEach(e -> { });
        });
        return new AuditVerification(problems.isEmpty(), count[0], problems);
    }

    private static AuditEntry row(java.sql.ResultSet rs) throws java.sql.SQLException {
        return new AuditEntry(rs.getLong("seq"), rs.getObject("at", OffsetDateTime.class).toInstant(),
                rs.getString("actor"), rs.getString("action"), rs.getString("object"), rs.getString("detail"),
                hex(rs.getBytes("prev_hash")), hex(rs.getBytes("hash")));
    }

    static byte[] hash(byte[] previous, AuditEntry e) {
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            md.update(previous);
            md.update(ByteBuffer.allocate(8).putLong(e.at().getEpochSecond() * 1_000_000 + e.at().getNano() / 1000).array());
            for (String field : List.of(e.actor(), e.action(), e.object(), e.detail())) {
                byte[] b = field.getBytes(StandardCharsets.UTF_8);
                md.update(ByteBuffer.allocate(4).putInt(b.length).array());
                md.update(b);
            }
            return md.digest();
        } catch (NoSuchAlgorithmException ex) {
            throw new IllegalStateException("SHA-256 is missing from this JDK", ex);
        }
    }

    private static String hex(byte[] b) {
        return HexFormat.of().formatHex(b);
    }
}
