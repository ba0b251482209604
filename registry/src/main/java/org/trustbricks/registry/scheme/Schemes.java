package org.trustbricks.registry.scheme;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Jdbi;
import org.trustbricks.registry.access.Fields;
import org.trustbricks.registry.access.InvalidRequestException;
import org.trustbricks.registry.access.NotPermittedException;
import org.trustbricks.registry.access.UnknownObjectException;
import org.trustbricks.registry.audit.AuditLog;
import org.trustbricks.registry.auth.OrganisationKind;
import org.trustbricks.registry.auth.User;

/** Schemes, laboratory authorisations by certification bodies, and recognition agreements between bodies. */
public final class Schemes {

    private final Jdbi jdbi;

    private Schemes(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    /** Schemes stored through the given Jdbi. */
    public static Schemes using(Jdbi jdbi) {
        return new Schemes(jdbi);
    }

    /** Creates a scheme owned by the caller's organisation (scheme owners only). */
    public Scheme create(User by, String code, String name) {
        requireKind(by, OrganisationKind.SCHEME_OWNER, "only a scheme owner creates schemes");
        Fields f = Fields.check();
        String c = f.text("code", code, 40);
        String n = f.text("name", name, 200);
        f.require(c.matches("[A-Za-z0-9._-]*"), "code", "code may hold only letters, digits, '.', '_' and '-'");
        f.done();
        return jdbi.inTransaction(h -> {
            if (h.createQuery("select count(*) from scheme where code = :c").bind("c", c).mapTo(Integer.class).one() > 0) {
                throw InvalidRequestException.field("code", "a scheme with code " + c + " exists");
            }
            long id = h.createUpdate("insert into scheme (code, name, owner_id) values (:c, :n, :o)")
                    .bind("c", c).bind("n", n).bind("o", by.organisationId())
                    .executeAndReturnGeneratedKeys("id").mapTo(Long.class).one();
            AuditLog.append(h, actor(by), "scheme.create", "scheme/" + id, c + " " + n);
            return new Scheme(id, c, n, by.organisationName());
        });
    }

    /** Organisations of one kind (all when kind is blank), by name. */
    public List<Organisation> organisations(String kind) {
        return jdbi.withHandle(h -> h.createQuery("select id, name, kind from organisation where (:k = '' or kind = :k) order by name")
                .bind("k", kind == null ? "" : kind).map((rs, ctx) -> new Organisation(rs.getLong(1), rs.getString(2), rs.getString(3))).list());
    }

    /** Every scheme. */
    public List<Scheme> list() {
        return jdbi.withHandle(h -> h.createQuery("""
                select s.id, s.code, s.name, o.name owner from scheme s join organisation o on o.id = s.owner_id order by s.code""")
                .map((rs, ctx) -> new Scheme(rs.getLong("id"), rs.getString("code"), rs.getString("name"), rs.getString("owner"))).list());
    }

    /** A scheme by id. */
    public Optional<Scheme> find(long id) {
        return list().stream().filter(s -> s.id() == id).findFirst();
    }

    /** The caller's CB authorises a laboratory for a scheme (a field error when it already does). */
    public LabAuthorisation authorise(User by, long labId, long schemeId) {
        requireKind(by, OrganisationKind.CERTIFICATION_BODY, "only a certification body authorises laboratories");
        requireOrg(labId, OrganisationKind.LABORATORY, "labId", "laboratory");
        Scheme scheme = requireScheme(schemeId);
        jdbi.useTransaction(h -> {
            boolean live = h.createQuery("""
                    select revoked_at is null from lab_authorisation where cb_id = :cb and lab_id = :lab and scheme_id = :s for update""")
                    .bind("cb", by.organisationId()).bind("lab", labId).bind("s", schemeId).mapTo(Boolean.class).findOne().orElse(false);
            if (live) {
                throw InvalidRequestException.field("labId", "this laboratory is already authorised for " + scheme.code());
            }
            h.createUpdate("""
                    insert into lab_authorisation (cb_id, lab_id, scheme_id) values (:cb, :lab, :s)
                    on conflict (cb_id, lab_id, scheme_id) do update set revoked_at = null, granted_at = now()""")
                    .bind("cb", by.organisationId()).bind("lab", labId).bind("s", schemeId).execute();
            AuditLog.append(h, actor(by), "lab.authorise", "organisation/" + labId, "scheme/" + schemeId);
        });
        return authorisations().stream().filter(a -> a.cbId() == by.organisationId() && a.labId() == labId
                && a.schemeId() == schemeId).findFirst().orElseThrow();
    }

    /** The caller's CB withdraws a laboratory's authorisation; false when there was none. */
    public boolean revoke(User by, long labId, long schemeId) {
        requireKind(by, OrganisationKind.CERTIFICATION_BODY, "only a certification body withdraws authorisations");
        return jdbi.inTransaction(h -> {
            int n = h.createUpdate("""
                    update lab_authorisation set revoked_at = now()
                    where cb_id = :cb and lab_id = :lab and scheme_id = :s and revoked_at is null""")
                    .bind("cb", by.organisationId()).bind("lab", labId).bind("s", schemeId).execute();
            if (n > 0) {
                AuditLog.append(h, actor(by), "lab.revoke", "organisation/" + labId, "scheme/" + schemeId);
            }
            return n > 0;
        });
    }

    /** Every live authorisation. */
    public List<LabAuthorisation> authorisations() {
        return jdbi.withHandle(h -> h.createQuery("""
                select a.cb_id, cb.name cb, a.lab_id, lab.name lab, a.scheme_id, s.code
                from lab_authorisation a join organisation cb on cb.id = a.cb_id join organisation lab on lab.id = a.lab_id
                join scheme s on s.id = a.scheme_id where a.revoked_at is null order by cb.name, lab.name, s.code""")
                .map((rs, ctx) -> new LabAuthorisation(rs.getLong("cb_id"), rs.getString("cb"), rs.getLong("lab_id"),
                        rs.getString("lab"), rs.getLong("scheme_id"), rs.getString("code"))).list());
    }

    /** True when the CB currently authorises the lab for the scheme. */
    public boolean isAuthorised(long cbId, long labId, long schemeId) {
        return jdbi.withHandle(h -> h.createQuery("""
                select count(*) from lab_authorisation where cb_id = :cb and lab_id = :lab and scheme_id = :s and revoked_at is null""")
                .bind("cb", cbId).bind("lab", labId).bind("s", schemeId).mapTo(Integer.class).one() > 0);
    }

    /**
     * The caller's CB recognises another CB's certificates for a scheme from a date, optionally until a date; a field
     * error when an agreement between the same bodies for the scheme already covers part of that period.
     */
    public Recognition recognise(User by, long recognisedCbId, long schemeId, LocalDate from, LocalDate until) {
        requireKind(by, OrganisationKind.CERTIFICATION_BODY, "only a certification body makes recognition agreements");
        requireOrg(recognisedCbId, OrganisationKind.CERTIFICATION_BODY, "recognisedCbId", "certification body");
        requireScheme(schemeId);
        Fields.check().require(from != null, "from", "from is required")
                .require(recognisedCbId != by.organisationId(), "recognisedCbId", "a body does not recognise itself")
                .require(from == null || until == null || !until.isBefore(from), "until", "until must not be before from")
                .done();
        long id = jdbi.inTransaction(h -> {
            h.createQuery("select id from organisation where id = :a for update").bind("a", by.organisationId()).mapTo(Long.class).one();
            h.createQuery("""
                    select id, valid_from, valid_until from recognition
                    where recognising_id = :a and recognised_id = :b and scheme_id = :s
                      and valid_from <= coalesce(cast(:u as date), 'infinity'::date) and :f <= coalesce(valid_until, 'infinity'::date)
                    order by valid_from limit 1""").bind("a", by.organisationId()).bind("b", recognisedCbId).bind("s", schemeId)
                    .bind("f", from).bind("u", until)
                    .map((rs, ctx) -> "agreement " + rs.getLong(1) + " already covers " + rs.getObject(2, LocalDate.class)
                            + (rs.getObject(3) == null ? " onwards" : " to " + rs.getObject(3, LocalDate.class)))
                    .findOne().ifPresent(overlap -> {
                        throw InvalidRequestException.field("from", overlap);
                    });
            long rid = h.createUpdate("""
                    insert into recognition (recognising_id, recognised_id, scheme_id, valid_from, valid_until)
                    values (:a, :b, :s, :f, :u)""").bind("a", by.organisationId()).bind("b", recognisedCbId)
                    .bind("s", schemeId).bind("f", from).bind("u", until).executeAndReturnGeneratedKeys("id").mapTo(Long.class).one();
            AuditLog.append(h, actor(by), "recognition.create", "recognition/" + rid,
                    "recognises organisation/" + recognisedCbId + " for scheme/" + schemeId + " from " + from
                            + (until == null ? "" : " until " + until));
            return rid;
        });
        return recognition(id).orElseThrow();
    }

    /**
     * The recognising CB ends its agreement: {@code lastDay} becomes the last issue date it covers. It must not be
     * before the first day, nor after a last day already agreed (an agreement is only ever shortened).
     */
    public Recognition end(User by, long recognitionId, LocalDate lastDay) {
        Recognition r = ownRecognition(by, recognitionId);
        Fields.check().require(lastDay != null, "until", "until is required")
                .require(lastDay == null || !lastDay.isBefore(r.from()), "until", "until must not be before the agreement's first day, " + r.from())
                .require(lastDay == null || r.until() == null || !lastDay.isAfter(r.until()), "until",
                        "the agreement already ends on " + r.until() + "; it can only be ended earlier")
                .done();
        jdbi.useTransaction(h -> {
            h.createUpdate("update recognition set valid_until = :u where id = :id").bind("u", lastDay).bind("id", recognitionId).execute();
            AuditLog.append(h, actor(by), "recognition.end", "recognition/" + recognitionId, "last day " + lastDay);
        });
        return recognition(recognitionId).orElseThrow();
    }

    /** The caller's own agreement: unknown when it does not exist, not permitted when another body made it. */
    public Recognition ownRecognition(User by, long recognitionId) {
        requireKind(by, OrganisationKind.CERTIFICATION_BODY, "only a certification body ends recognition agreements");
        Recognition r = recognition(recognitionId).orElseThrow(() -> UnknownObjectException.of("recognition agreement " + recognitionId));
        if (r.recognisingId() != by.organisationId()) {
            throw NotPermittedException.because("only " + r.recognising() + " may end this agreement");
        }
        return r;
    }

    /** A recognition agreement by id. */
    public Optional<Recognition> recognition(long id) {
        return recognitions().stream().filter(r -> r.id() == id).findFirst();
    }

    /** Every recognition agreement. */
    public List<Recognition> recognitions() {
        return jdbi.withHandle(h -> h.createQuery("""
                select r.id, r.recognising_id, a.name recognising, b.name recognised, r.recognised_id, s.code, r.scheme_id, r.valid_from, r.valid_until
                from recognition r join organisation a on a.id = r.recognising_id join organisation b on b.id = r.recognised_id
                join scheme s on s.id = r.scheme_id order by r.id""")
                .map((rs, ctx) -> new Recognition(rs.getLong("id"), rs.getLong("recognising_id"), rs.getString("recognising"), rs.getString("recognised"),
                        rs.getLong("recognised_id"), rs.getLong("scheme_id"), rs.getString("code"),
                        rs.getObject("valid_from", LocalDate.class), rs.getObject("valid_until", LocalDate.class))).list());
    }

    /** The bodies that recognise a certificate of this CB and scheme issued on that date. */
    public List<String> recognisedBy(long cbId, long schemeId, LocalDate issued) {
        return recognitions().stream()
                .filter(r -> r.recognisedId() == cbId && r.schemeId() == schemeId && r.appliesTo(issued))
                .map(Recognition::recognising).toList();
    }

    private void requireOrg(long id, OrganisationKind kind, String field, String what) {
        String k = jdbi.withHandle(h -> h.createQuery("select kind from organisation where id = :id").bind("id", id)
                .mapTo(String.class).findOne().orElse(""));
        if (!k.equals(kind.name())) {
            throw InvalidRequestException.field(field, "there is no " + what + " " + id);
        }
    }

    private Scheme requireScheme(long id) {
        return find(id).orElseThrow(() -> InvalidRequestException.field("schemeId", "there is no scheme " + id));
    }

    static void requireKind(User by, OrganisationKind kind, String reason) {
        if (by == null || by.kind() != kind) {
            throw NotPermittedException.because(reason);
        }
    }

    /** How users are named in the audit log. */
    public static String actor(User u) {
        return u.email() + " (" + u.organisationName() + ")";
    }
}
