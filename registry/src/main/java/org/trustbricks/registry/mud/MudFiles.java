package org.trustbricks.registry.mud;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.StatementContext;
import org.trustbricks.registry.audit.AuditLog;
import org.trustbricks.registry.auth.User;

/**
 * Manufacturers, device models, versions of their MUD files and publications. Versions are append-only; publishing
 * replaces what a model's MUD URL serves and notifies every instance ({@link PublicationFeed}).
 */
public final class MudFiles {

    /** The PostgreSQL notification channel carrying {@code manufacturer/model} when a publication changes. */
    public static final String CHANNEL = "mud_publication";

    private static final String MANUFACTURER = """
            select m.id, m.organisation_id, o.name as organisation_name, m.slug, m.name, m.created_at
            from mud_manufacturer m join organisation o on o.id = m.organisation_id""";
    private static final String MODEL = """
            select d.id, m.slug as manufacturer_slug, d.slug,
                   coalesce((select max(v.version) from mud_version v where v.model_id = d.id), 0) as latest,
                   coalesce((select v.version from mud_publication p join mud_version v on v.id = p.version_id
                             where p.model_id = d.id), 0) as published,
                   (select p.published_at from mud_publication p where p.model_id = d.id) as published_at
            from mud_model d join mud_manufacturer m on m.id = d.manufacturer_id""";
    private static final String VERSION = """
            select v.id, m.slug as manufacturer_slug, d.slug as model_slug, v.version, v.origin, %s as content, v.spec,
                   v.valid, v.findings, v.changes, v.created_by, v.created_at
            from mud_version v join mud_model d on d.id = v.model_id join mud_manufacturer m on m.id = d.manufacturer_id""";
    private static final String PUBLICATION = """
            select m.slug as manufacturer_slug, d.slug as model_slug, v.version, p.content, p.signature, p.cache_validity,
                   p.published_by, p.published_at
            from mud_publication p join mud_model d on d.id = p.model_id join mud_manufacturer m on m.id = d.manufacturer_id
            join mud_version v on v.id = p.version_id""";

    private final Jdbi jdbi;

    private MudFiles(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    /** MUD data stored through the given Jdbi. */
    public static MudFiles using(Jdbi jdbi) {
        return new MudFiles(jdbi);
    }

    /** Registers a manufacturer owned by the user's organisation; fails with {@link MudConflictException} when the slug is taken. */
    public Manufacturer createManufacturer(User owner, String slug, String name) {
        return jdbi.inTransaction(h -> {
            int n = h.createUpdate("""
                    insert into mud_manufacturer (organisation_id, slug, name) values (:org, :slug, :name)
                    on conflict (slug) do nothing""").bind("org", owner.organisationId()).bind("slug", slug).bind("name", name).execute();
            if (n == 0) {
                throw MudConflictException.because("the manufacturer name \"" + slug + "\" is already taken");
            }
            AuditLog.append(h, owner.email(), "mud.manufacturer.create", "mud/" + slug, "name=" + name);
            return h.createQuery(MANUFACTURER + " where m.slug = :slug").bind("slug", slug).map(MudFiles::toManufacturer).one();
        });
    }

    /** A manufacturer by slug. */
    public Optional<Manufacturer> manufacturer(String slug) {
        return jdbi.withHandle(h -> h.createQuery(MANUFACTURER + " where m.slug = :slug").bind("slug", slug)
                .map(MudFiles::toManufacturer).findOne());
    }

    /** Every manufacturer, by name. */
    public List<Manufacturer> manufacturers() {
        return jdbi.withHandle(h -> h.createQuery(MANUFACTURER + " order by m.name, m.slug").map(MudFiles::toManufacturer).list());
    }

    /** The manufacturers an organisation owns, by name. */
    public List<Manufacturer> manufacturersOf(long organisationId) {
        return jdbi.withHandle(h -> h.createQuery(MANUFACTURER + " where m.organisation_id = :org order by m.name, m.slug")
                .bind("org", organisationId).map(MudFiles::toManufacturer).list());
    }

    /** The manufacturer's models, by slug. */
    public List<ModelSummary> models(long manufacturerId) {
        return jdbi.withHandle(h -> h.createQuery(MODEL + " where d.manufacturer_id = :m order by d.slug")
                .bind("m", manufacturerId).map(MudFiles::toModel).list());
    }

    /** One model. */
    public Optional<ModelSummary> model(String manufacturerSlug, String modelSlug) {
        return jdbi.withHandle(h -> h.createQuery(MODEL + " where m.slug = :m and d.slug = :d")
                .bind("m", manufacturerSlug).bind("d", modelSlug).map(MudFiles::toModel).findOne());
    }

    /** Stores the next version of a model's file, creating the model on its first version. */
    public MudVersion addVersion(Manufacturer manufacturer, String modelSlug, NewVersion v, String actor) {
        return jdbi.inTransaction(h -> {
            h.createUpdate("insert into mud_model (manufacturer_id, slug) values (:m, :d) on conflict do nothing")
                    .bind("m", manufacturer.id()).bind("d", modelSlug).execute();
            long modelId = h.createQuery("select id from mud_model where manufacturer_id = :m and slug = :d for update")
                    .bind("m", manufacturer.id()).bind("d", modelSlug).mapTo(Long.class).one();
            int next = h.createQuery("select coalesce(max(version), 0) + 1 from mud_version where model_id = :id")
                    .bind("id", modelId).mapTo(Integer.class).one();
            h.createUpdate("""
                    insert into mud_version (model_id, version, origin, content, spec, valid, findings, changes, created_by)
                    values (:model, :version, :origin, :content, :spec, :valid, :findings, :changes, :by)""")
                    .bind("model", modelId).bind("version", next).bind("origin", v.origin().name()).bind("content", v.content())
                    .bind("spec", v.spec()).bind("valid", v.valid()).bind("findings", v.findingsJson())
                    .bind("changes", v.changesJson()).bind("by", actor).execute();
            AuditLog.append(h, actor, "mud.version.add", "mud/" + manufacturer.slug() + "/" + modelSlug + "/" + next,
                    "origin=" + v.origin() + " valid=" + v.valid());
            return findVersion(h, manufacturer.slug(), modelSlug, next).orElseThrow();
        });
    }

    /** The model's versions, newest first, without their content (an empty array). */
    public List<MudVersion> versions(String manufacturerSlug, String modelSlug) {
        return jdbi.withHandle(h -> h.createQuery(VERSION.formatted("''::bytea") + " where m.slug = :m and d.slug = :d order by v.version desc")
                .bind("m", manufacturerSlug).bind("d", modelSlug).map(MudFiles::toVersion).list());
    }

    /** One version with its content. */
    public Optional<MudVersion> version(String manufacturerSlug, String modelSlug, int version) {
        return jdbi.withHandle(h -> findVersion(h, manufacturerSlug, modelSlug, version));
    }

    private static Optional<MudVersion> findVersion(Handle h, String manufacturerSlug, String modelSlug, int version) {
        return h.createQuery(VERSION.formatted("v.content") + " where m.slug = :m and d.slug = :d and v.version = :v")
                .bind("m", manufacturerSlug).bind("d", modelSlug).bind("v", version).map(MudFiles::toVersion).findOne();
    }

    /** Serves a version's signed bytes at the model's MUD URL and notifies every instance. */
    public Publication publish(String manufacturerSlug, String modelSlug, int version, byte[] content, byte[] signature,
                               int cacheValidityHours, String actor) {
        return jdbi.inTransaction(h -> {
            MudVersion v = findVersion(h, manufacturerSlug, modelSlug, version).orElseThrow(
                    () -> MudConflictException.because("there is no version " + version + " of " + modelSlug));
            h.createUpdate("""
                    insert into mud_publication (model_id, version_id, content, signature, cache_validity, published_by, published_at)
                    select model_id, id, :content, :sig, :cv, :by, date_trunc('second', now()) from mud_version where id = :vid
                    on conflict (model_id) do update set version_id = excluded.version_id, content = excluded.content,
                        signature = excluded.signature, cache_validity = excluded.cache_validity,
                        published_by = excluded.published_by, published_at = excluded.published_at""")
                    .bind("content", content).bind("sig", signature).bind("cv", cacheValidityHours).bind("by", actor)
                    .bind("vid", v.id()).execute();
            String key = manufacturerSlug + "/" + modelSlug;
            h.execute("select pg_notify(?, ?)", CHANNEL, key);
            AuditLog.append(h, actor, "mud.publish", "mud/" + key, "version=" + version);
            return findPublication(h, manufacturerSlug, modelSlug).orElseThrow();
        });
    }

    /** What a model's MUD URL serves, if anything. */
    public Optional<Publication> publication(String manufacturerSlug, String modelSlug) {
        return jdbi.withHandle(h -> findPublication(h, manufacturerSlug, modelSlug));
    }

    /** Every publication (to fill the hosting cache). */
    public List<Publication> publications() {
        return jdbi.withHandle(h -> h.createQuery(PUBLICATION).map(MudFiles::toPublication).list());
    }

    private static Optional<Publication> findPublication(Handle h, String manufacturerSlug, String modelSlug) {
        return h.createQuery(PUBLICATION + " where m.slug = :m and d.slug = :d").bind("m", manufacturerSlug)
                .bind("d", modelSlug).map(MudFiles::toPublication).findOne();
    }

    private static Manufacturer toManufacturer(ResultSet rs, StatementContext ctx) throws SQLException {
        return new Manufacturer(rs.getLong("id"), rs.getLong("organisation_id"), rs.getString("organisation_name"),
                rs.getString("slug"), rs.getString("name"), rs.getObject("created_at", OffsetDateTime.class).toInstant());
    }

    private static ModelSummary toModel(ResultSet rs, StatementContext ctx) throws SQLException {
        OffsetDateTime at = rs.getObject("published_at", OffsetDateTime.class);
        return new ModelSummary(rs.getLong("id"), rs.getString("manufacturer_slug"), rs.getString("slug"),
                rs.getInt("latest"), rs.getInt("published"), at == null ? null : at.toInstant());
    }

    private static MudVersion toVersion(ResultSet rs, StatementContext ctx) throws SQLException {
        return new MudVersion(rs.getLong("id"), rs.getString("manufacturer_slug"), rs.getString("model_slug"),
                rs.getInt("version"), MudVersion.Origin.valueOf(rs.getString("origin")), rs.getBytes("content"),
                rs.getString("spec"), rs.getBoolean("valid"), rs.getString("findings"), rs.getString("changes"),
                rs.getString("created_by"), rs.getObject("created_at", OffsetDateTime.class).toInstant());
    }

    private static Publication toPublication(ResultSet rs, StatementContext ctx) throws SQLException {
        return new Publication(rs.getString("manufacturer_slug"), rs.getString("model_slug"), rs.getInt("version"),
                rs.getBytes("content"), rs.getBytes("signature"), rs.getInt("cache_validity"), rs.getString("published_by"),
                rs.getObject("published_at", OffsetDateTime.class).toInstant());
    }
}
