package org.trustbricks.registry.attestation;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.trustbricks.attestation.appraisal.Endorsements;
import org.trustbricks.attestation.appraisal.EndorsementsJson;
import org.trustbricks.attestation.appraisal.PlatformEndorsement;
import org.trustbricks.common.MalformedInputException;
import org.trustbricks.common.UntrustedJson;
import org.trustbricks.registry.access.NotPermittedException;
import org.trustbricks.registry.audit.AuditLog;
import org.trustbricks.registry.auth.OrganisationKind;
import org.trustbricks.registry.auth.User;
import org.trustbricks.registry.keys.KeyEncryptionKey;
import org.trustbricks.registry.scheme.Schemes;

/**
 * Provisioned endorsements, one row per PSA platform class (implementation id), in the documented JSON form and
 * sealed at rest. A vendor provisions and changes only the implementations it provisioned first and links them only
 * to its own certificates; a scheme owner may change any. Every change moves the attestation version.
 */
public final class EndorsementStore {

    /** Largest endorsement document accepted. */
    public static final int MAX_DOCUMENT_BYTES = 1024 * 1024;

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final UntrustedJson READER = UntrustedJson.withLimits(MAX_DOCUMENT_BYTES, 16);
    private static final HexFormat HEX = HexFormat.of();

    private final Jdbi jdbi;
    private final KeyEncryptionKey kek;

    private EndorsementStore(Jdbi jdbi, KeyEncryptionKey kek) {
        this.jdbi = jdbi;
        this.kek = kek;
    }

    /** Endorsements stored through the given Jdbi, sealed with the given key. */
    public static EndorsementStore using(Jdbi jdbi, KeyEncryptionKey kek) {
        return new EndorsementStore(jdbi, kek);
    }

    /**
     * Stores every platform of an endorsement document (replacing earlier entries for the same implementation ids).
     *
     * @throws MalformedInputException when the document breaks the format (the message names the JSON pointer)
     * @throws NotPermittedException   when the user may not provision one of the platforms or certificate links
     */
    public Provisioned provision(User by, byte[] document) throws MalformedInputException {
        requireProvisioner(by);
        Endorsements parsed = EndorsementsJson.read(document);
        JsonNode platforms = READER.read(document).get("platforms");
        Set<ByteBuffer> seen = new HashSet<>();
        for (int i = 0; i < parsed.platforms().size(); i++) {
            if (!seen.add(ByteBuffer.wrap(parsed.platforms().get(i).implementationId()))) {
                throw new MalformedInputException("/platforms/" + i + "/class/implementation-id appears twice in the document",
                        "/platforms/" + i + "/class/implementation-id", null);
            }
        }
        List<String> ids = new ArrayList<>();
        long version = jdbi.inTransaction(h -> {
            for (int i = 0; i < parsed.platforms().size(); i++) {
                PlatformEndorsement p = parsed.platforms().get(i);
                checkOwnership(h, by, p.implementationId());
                checkCertificateLink(h, by, p.certificateId(), "/platforms/" + i + "/certificate-id");
                byte[] sealed = kek.seal(bytes(platforms.get(i)), context(p.implementationId()));
                h.createUpdate("""
                        insert into attestation_platform (implementation_id, owner_id, certificate_id, sealed_document, updated_by)
                        values (:impl, :owner, :cert, :doc, :by)
                        on conflict (implementation_id) do update set certificate_id = excluded.certificate_id,
                          sealed_document = excluded.sealed_document, updated_by = excluded.updated_by, updated_at = now()""")
                        .bind("impl", p.implementationId()).bind("owner", by.organisationId()).bind("cert", p.certificateId())
                        .bind("doc", sealed).bind("by", Schemes.actor(by)).execute();
                String hex = HEX.formatHex(p.implementationId());
                AuditLog.append(h, Schemes.actor(by), "attestation.endorse", "implementation/" + hex,
                        p.attestationKeys().size() + " instance keys, " + p.referenceValues().size() + " reference values"
                                + (p.certificateId() == null ? "" : ", certificate " + p.certificateId()));
                ids.add(hex);
            }
            return version(h);
        });
        return new Provisioned(ids, version);
    }

    /** Removes one platform's endorsements; false when there is none. */
    public boolean remove(User by, byte[] implementationId) {
        requireProvisioner(by);
        return jdbi.inTransaction(h -> {
            Optional<Long> owner = owner(h, implementationId);
            if (owner.isEmpty()) {
                return false;
            }
            checkOwnership(h, by, implementationId);
            h.createUpdate("delete from attestation_platform where implementation_id = :impl").bind("impl", implementationId).execute();
            AuditLog.append(h, Schemes.actor(by), "attestation.unendorse", "implementation/" + HEX.formatHex(implementationId), "");
            return true;
        });
    }

    /**
     * The endorsement document of the platforms the user may manage (all of them for a scheme owner); symmetric
     * attestation keys are write-only, so each {@code hmac-key} is replaced by {@value #REDACTED}.
     */
    public byte[] document(User by) {
        requireProvisioner(by);
        List<byte[]> rows = jdbi.withHandle(h -> h.createQuery("""
                select implementation_id, sealed_document from attestation_platform
                where :all or owner_id = :org order by implementation_id""")
                .bind("all", by.kind() == OrganisationKind.SCHEME_OWNER).bind("org", by.organisationId())
                .map((rs, ctx) -> kek.open(rs.getBytes(2), context(rs.getBytes(1)))).list());
        return assemble("provisioned-by-" + by.organisationId(), rows.stream().map(EndorsementStore::withoutSecrets).toList());
    }

    /** Every stored platform as one endorsement set, with the version it reflects (a consistent read). */
    public Snapshot snapshot() {
        return jdbi.inTransaction(org.jdbi.v3.core.transaction.TransactionIsolationLevel.REPEATABLE_READ, h -> {
            long version = version(h);
            List<byte[]> rows = h.createQuery("select implementation_id, sealed_document from attestation_platform order by implementation_id")
                    .map((rs, ctx) -> kek.open(rs.getBytes(2), context(rs.getBytes(1)))).list();
            Endorsements e;
            try {
                e = EndorsementsJson.read(assemble("registry-v" + version, rows));
            } catch (MalformedInputException ex) {
                throw new IllegalStateException("stored endorsements no longer parse: " + ex.getMessage(), ex);
            }
            return new Snapshot(version, e, CertificateLinks.load(h));
        });
    }

    /** The attestation version: it moves whenever endorsements or linked certificates change. */
    public long version() {
        return jdbi.withHandle(EndorsementStore::version);
    }

    static long version(Handle h) {
        return h.createQuery("select version from attestation_version where id = 1").mapTo(Long.class).one();
    }

    private static byte[] assemble(String id, List<byte[]> platforms) {
        ObjectNode root = JSON.createObjectNode().put("profile", EndorsementsJson.PROFILE).put("id", id);
        ArrayNode arr = root.putArray("platforms");
        for (byte[] p : platforms) {
            try {
                arr.add(JSON.readTree(p));
            } catch (java.io.IOException e) {
                throw new IllegalStateException("a stored endorsement is not JSON", e);
            }
        }
        try {
            return JSON.writeValueAsBytes(root);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException("endorsements could not be written", e);
        }
    }

    /** What a read-back shows in place of a symmetric attestation key. */
    public static final String REDACTED = "(write-only; not returned)";

    private static byte[] withoutSecrets(byte[] platform) {
        JsonNode node;
        try {
            node = JSON.readTree(platform);
        } catch (java.io.IOException e) {
            throw new IllegalStateException("a stored endorsement is not JSON", e);
        }
        for (JsonNode key : node.path("attest-key-triples")) {
            if (key instanceof ObjectNode o && o.has("hmac-key")) {
                o.put("hmac-key", REDACTED);
            }
        }
        return bytes(node);
    }

    private static byte[] bytes(JsonNode node) {
        try {
            return JSON.writeValueAsBytes(node);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException("a parsed JSON node could not be written back", e);
        }
    }

    private static void requireProvisioner(User by) {
        if (by.kind() != OrganisationKind.VENDOR && by.kind() != OrganisationKind.SCHEME_OWNER) {
            throw NotPermittedException.because("only a vendor or the scheme owner may provision endorsements");
        }
    }

    private static Optional<Long> owner(Handle h, byte[] impl) {
        return h.createQuery("select owner_id from attestation_platform where implementation_id = :impl")
                .bind("impl", impl).mapTo(Long.class).findOne();
    }

    private static void checkOwnership(Handle h, User by, byte[] impl) {
        Optional<Long> owner = owner(h, impl);
        if (owner.isPresent() && owner.get() != by.organisationId() && by.kind() != OrganisationKind.SCHEME_OWNER) {
            throw NotPermittedException.because("implementation id " + HEX.formatHex(impl)
                    + " is endorsed by another organisation; only it or the scheme owner may change it");
        }
    }

    private static void checkCertificateLink(Handle h, User by, String certificateId, String at) throws MalformedInputException {
        if (certificateId == null) {
            return;
        }
        Optional<Optional<Long>> vendor = h.createQuery("select vendor_id from certificate where id = :id").bind("id", certificateId)
                .map((rs, ctx) -> Optional.ofNullable((Long) rs.getObject(1))).findOne();
        if (vendor.isEmpty()) {
            throw new MalformedInputException(at + " names " + certificateId + ", which is not a certificate in this registry", at, null);
        }
        if (by.kind() == OrganisationKind.VENDOR && !vendor.get().equals(Optional.of(by.organisationId()))) {
            throw NotPermittedException.because("certificate " + certificateId + " belongs to another vendor; a vendor may link"
                    + " its platforms only to its own certificates (the scheme owner may link any)");
        }
    }

    private static String context(byte[] impl) {
        return "trustbricks attestation platform " + HEX.formatHex(impl);
    }

    /**
     * What a provisioning request stored.
     *
     * @param implementationIds the platforms stored, in hex
     * @param version           the attestation version after the change
     */
    public record Provisioned(List<String> implementationIds, long version) {
    }

    /**
     * Everything the verifier caches, as of one version.
     *
     * @param version      the attestation version
     * @param endorsements the endorsement set
     * @param certificates the certificates linked to implementation ids
     */
    public record Snapshot(long version, Endorsements endorsements, CertificateLinks certificates) {
    }
}
