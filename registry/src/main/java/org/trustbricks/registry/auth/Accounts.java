package org.trustbricks.registry.auth;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.mapper.RowMapper;

/** Organisations and the people in them. */
public final class Accounts {

    private static final String USER_COLUMNS = """
            u.id, u.email, u.display_name, u.organisation_id, o.name as organisation_name, o.kind
            """;
    private static final RowMapper<User> USER = (rs, ctx) -> new User(rs.getLong("id"), rs.getString("email"),
            rs.getString("display_name"), rs.getLong("organisation_id"), rs.getString("organisation_name"),
            OrganisationKind.valueOf(rs.getString("kind")));

    private final Jdbi jdbi;

    private Accounts(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    /** Accounts stored through the given Jdbi. */
    public static Accounts using(Jdbi jdbi) {
        return new Accounts(jdbi);
    }

    /** Finds an organisation by name, creating it with the given kind when missing; returns its id. */
    public long ensureOrganisation(String name, OrganisationKind kind) {
        return jdbi.inTransaction(h -> {
            h.createUpdate("insert into organisation (name, kind) values (:name, :kind) on conflict (name) do nothing")
                    .bind("name", name).bind("kind", kind.name()).execute();
            return h.createQuery("select id from organisation where name = :name").bind("name", name)
                    .mapTo(Long.class).one();
        });
    }

    /** Creates a user; fails with {@link DuplicateAccountException} when the email is taken. */
    public User createUser(String email, String displayName, String password, long organisationId) {
        String normalized = email.trim().toLowerCase(Locale.ROOT);
        String hash = PasswordHasher.hash(password);
        return jdbi.inTransaction(h -> {
            boolean exists = h.createQuery("select count(*) from app_user where lower(email) = :e")
                    .bind("e", normalized).mapTo(Integer.class).one() > 0;
            if (exists) {
                throw new DuplicateAccountException("a user with email " + normalized + " already exists");
            }
            long id = h.createUpdate("""
                    insert into app_user (organisation_id, email, display_name, password_hash)
                    values (:org, :email, :name, :hash)""")
                    .bind("org", organisationId).bind("email", normalized).bind("name", displayName).bind("hash", hash)
                    .executeAndReturnGeneratedKeys("id").mapTo(Long.class).one();
            return h.createQuery("select " + USER_COLUMNS + " from app_user u join organisation o on o.id = u.organisation_id where u.id = :id")
                    .bind("id", id).map(USER).one();
        });
    }

    /** The user with this email and password, if both match and the account is enabled. */
    public Optional<User> authenticate(String email, String password) {
        String normalized = email == null ? "" : email.trim().toLowerCase(Locale.ROOT);
        record Row(User user, String hash) {
        }
        Optional<Row> row = jdbi.withHandle(h -> h.createQuery("select " + USER_COLUMNS
                        + ", u.password_hash from app_user u join organisation o on o.id = u.organisation_id"
                        + " where lower(u.email) = :e and not u.disabled")
                .bind("e", normalized)
                .map((rs, ctx) -> new Row(USER.map(rs, ctx), rs.getString("password_hash"))).findOne());
        if (row.isEmpty()) {
            PasswordHasher.matches(password == null ? "" : password, DUMMY_HASH);
            return Optional.empty();
        }
        return PasswordHasher.matches(password == null ? "" : password, row.get().hash())
                ? Optional.of(row.get().user()) : Optional.empty();
    }

    /** A user by id. */
    public Optional<User> find(long id) {
        return jdbi.withHandle(h -> h.createQuery("select " + USER_COLUMNS
                        + " from app_user u join organisation o on o.id = u.organisation_id where u.id = :id")
                .bind("id", id).map(USER).findOne());
    }

    /** All users, ordered by organisation and email. */
    public List<User> list() {
        return jdbi.withHandle(h -> h.createQuery("select " + USER_COLUMNS
                        + " from app_user u join organisation o on o.id = u.organisation_id order by o.name, u.email")
                .map(USER).list());
    }

    /** Spends the same time on unknown emails as on known ones, so timing does not reveal which exist. */
    private static final String DUMMY_HASH = PasswordHasher.hash("timing-equaliser");
}
