package org.trustbricks.registry.mud;

import java.time.OffsetDateTime;
import java.util.Optional;
import java.util.function.Supplier;
import org.jdbi.v3.core.Jdbi;
import org.trustbricks.registry.audit.AuditLog;
import org.trustbricks.registry.keys.KeyEncryptionKey;
import org.trustbricks.registry.keys.KeyEncryptionKeys;

/**
 * Each manufacturer's MUD signer. Private keys are stored only sealed with the platform key-encryption key (bound to
 * the manufacturer) and are handed out only to the signing code through {@link #privateKey(long)}.
 */
public final class MudSigners {

    private final Jdbi jdbi;
    private final Supplier<KeyEncryptionKey> kek;

    private MudSigners(Jdbi jdbi, Supplier<KeyEncryptionKey> kek) {
        this.jdbi = jdbi;
        this.kek = kek;
    }

    /** Signers stored through the given Jdbi, keys sealed with {@code kek}. */
    public static MudSigners using(Jdbi jdbi, KeyEncryptionKey kek) {
        return new MudSigners(jdbi, () -> kek);
    }

    /** Signers stored through the given Jdbi, keys sealed with the key bound to that database ({@link KeyEncryptionKeys}). */
    public static MudSigners using(Jdbi jdbi) {
        return new MudSigners(jdbi, () -> KeyEncryptionKeys.of(jdbi));
    }

    /**
     * Sets (or replaces) a manufacturer's signer.
     *
     * @param pkcs8Key    the private key (PKCS#8 DER) for software keys, null for a PKCS#11 key
     * @param caPkcs8Key  the issuing CA's private key (PKCS#8 DER) when the service generated the CA, else null
     * @param pkcs11Alias the token alias for a PKCS#11 key, else null
     */
    public SignerRecord store(Manufacturer m, SignerRecord.Source source, String certificatePem, String chainPem,
                              String trustAnchorPem, byte[] pkcs8Key, byte[] caPkcs8Key, String pkcs11Alias, String actor) {
        byte[] sealed = pkcs8Key == null ? null : kek.get().seal(pkcs8Key, context(m.id()));
        byte[] sealedCa = caPkcs8Key == null ? null : kek.get().seal(caPkcs8Key, caContext(m.id()));
        return jdbi.inTransaction(h -> {
            h.createUpdate("""
                    insert into mud_signer (manufacturer_id, source, certificate_pem, chain_pem, trust_anchor_pem, sealed_key, sealed_ca_key, pkcs11_alias)
                    values (:m, :source, :cert, :chain, :anchor, :sealed, :sealedCa, :alias)
                    on conflict (manufacturer_id) do update set source = excluded.source, certificate_pem = excluded.certificate_pem,
                        chain_pem = excluded.chain_pem, trust_anchor_pem = excluded.trust_anchor_pem,
                        sealed_key = excluded.sealed_key, sealed_ca_key = excluded.sealed_ca_key, pkcs11_alias = excluded.pkcs11_alias, created_at = now()""")
                    .bind("m", m.id()).bind("source", source.name()).bind("cert", certificatePem).bind("chain", chainPem)
                    .bind("anchor", trustAnchorPem).bind("sealed", sealed).bind("sealedCa", sealedCa).bind("alias", pkcs11Alias).execute();
            AuditLog.append(h, actor, "mud.signer.set", "mud/" + m.slug(), "source=" + source);
            return find(m.id()).orElseThrow();
        });
    }

    /** The manufacturer's signer, without its key. */
    public Optional<SignerRecord> find(long manufacturerId) {
        return jdbi.withHandle(h -> h.createQuery("""
                select source, certificate_pem, chain_pem, trust_anchor_pem, pkcs11_alias, created_at
                from mud_signer where manufacturer_id = :m""").bind("m", manufacturerId)
                .map((rs, ctx) -> new SignerRecord(SignerRecord.Source.valueOf(rs.getString("source")),
                        rs.getString("certificate_pem"), rs.getString("chain_pem"), rs.getString("trust_anchor_pem"),
                        rs.getString("pkcs11_alias"), rs.getObject("created_at", OffsetDateTime.class).toInstant()))
                .findOne());
    }

    /** The unsealed PKCS#8 private key of a software signer; empty for PKCS#11 signers and manufacturers without one. */
    public Optional<byte[]> privateKey(long manufacturerId) {
        Optional<byte[]> sealed = jdbi.withHandle(h -> h.createQuery(
                "select sealed_key from mud_signer where manufacturer_id = :m and sealed_key is not null")
                .bind("m", manufacturerId).mapTo(byte[].class).findOne());
        return sealed.map(s -> kek.get().open(s, context(manufacturerId)));
    }

    /** The unsealed PKCS#8 key of the manufacturer CA that issued a generated signer; empty otherwise. */
    public Optional<byte[]> caPrivateKey(long manufacturerId) {
        Optional<byte[]> sealed = jdbi.withHandle(h -> h.createQuery(
                "select sealed_ca_key from mud_signer where manufacturer_id = :m and sealed_ca_key is not null")
                .bind("m", manufacturerId).mapTo(byte[].class).findOne());
        return sealed.map(s -> kek.get().open(s, caContext(manufacturerId)));
    }

    private static String caContext(long manufacturerId) {
        return "trustbricks mud ca key " + manufacturerId;
    }

    private static String context(long manufacturerId) {
        return "trustbricks mud signer key " + manufacturerId;
    }
}
