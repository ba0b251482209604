package org.trustbricks.registry.db;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.micrometer.core.instrument.MeterRegistry;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.jdbi.v3.core.Jdbi;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The platform's PostgreSQL database: embedded or external, pooled, migrated, with Jdbi on top.
 * Open it with {@link #open(DatabaseSettings, MeterRegistry)}; closing stops the pool and the embedded server.
 */
public final class Database implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(Database.class);

    private final HikariDataSource pool;
    private final Jdbi jdbi;
    private final EmbeddedDatabase embedded;
    private final String description;

    private Database(HikariDataSource pool, EmbeddedDatabase embedded, String description) {
        this.pool = pool;
        this.jdbi = Jdbi.create(pool).registerArgument(new TextArrays());
        this.embedded = embedded;
        this.description = description;
    }

    /** Loads Jdbi's configuration classes without connecting, so that start-up can do it while PostgreSQL starts. */
    public static void warmUp() {
        Jdbi.create(() -> {
            throw new SQLException("warm-up only");
        });
    }

    /** Starts (if embedded), connects, and applies pending migrations. */
    public static Database open(DatabaseSettings settings, MeterRegistry metrics) {
        EmbeddedDatabase embedded = settings.isEmbedded() ? EmbeddedDatabase.start(settings.dataDir()) : null;
        String url = embedded != null ? embedded.jdbcUrl() : settings.jdbcUrl();
        if (!JdbcUrls.isPostgres(url)) {
            throw new UnableToOpenDatabaseException(
                    "the database URL must start with jdbc:postgresql:// (got " + JdbcUrls.redact(url) + ")", null);
        }
        String description = embedded != null
                ? "embedded PostgreSQL in " + embedded.dataDir()
                : "PostgreSQL at " + JdbcUrls.describe(url);
        HikariDataSource pool = null;
        try {
            pool = new HikariDataSource(poolConfig(settings, url, metrics));
            migrate(pool);
            LOG.info("database ready: {}", description);
            return new Database(pool, embedded, description);
        } catch (RuntimeException e) {
            if (pool != null) {
                pool.close();
            }
            if (embedded != null) {
                embedded.close();
            }
            throw e instanceof UnableToOpenDatabaseException u ? u
                    : new UnableToOpenDatabaseException("cannot use " + description + ": " + rootMessage(e), e);
        }
    }

    private static HikariConfig poolConfig(DatabaseSettings settings, String url, MeterRegistry metrics) {
        HikariConfig c = new HikariConfig();
        c.setPoolName("trustbricks");
        c.setJdbcUrl(url);
        if (settings.user() != null && !settings.isEmbedded()) {
            c.setUsername(settings.user());
        }
        if (settings.password() != null && !settings.isEmbedded()) {
            c.setPassword(settings.password());
        }
        c.setMaximumPoolSize(settings.poolSize());
        c.setMinimumIdle(1);
        c.setConnectionTimeout(5_000);
        c.setInitializationFailTimeout(5_000);
        c.addDataSourceProperty("connectTimeout", "5");
        c.addDataSourceProperty("ApplicationName", "trustbricks");
        if (metrics != null) {
            c.setMetricRegistry(metrics);
        }
        return c;
    }

    /**
     * Applies pending migrations with Flyway (which validates the applied ones first). When the schema history already
     * holds exactly the migrations in the application, unchanged, there is nothing to apply and nothing that
     * validation could find, so Flyway (its classes, plugins and class-path scan) is not loaded at all.
     */
    private static void migrate(DataSource ds) {
        if (SchemaHistory.matchesShippedMigrations(ds)) {
            LOG.debug("schema history matches the application's migrations; nothing to migrate");
            return;
        }
        try {
            Flyway.configure().dataSource(ds).locations("classpath:db/migration").load().migrate();
        } catch (FlywayException e) {
            throw new UnableToOpenDatabaseException("database migration failed: " + rootMessage(e), e);
        }
    }

    static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        String m = t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
        return JdbcUrls.redact(m.lines().findFirst().orElse(m));
    }

    /** Jdbi bound to the pool. */
    public Jdbi jdbi() {
        return jdbi;
    }

    /** The pooled data source. */
    public DataSource dataSource() {
        return pool;
    }

    /** "embedded PostgreSQL in …" or "PostgreSQL at host:port/db", with no secrets. */
    public String description() {
        return description;
    }

    /** True when the server answers a trivial query within two seconds. */
    public boolean isReachable() {
        try (var c = pool.getConnection()) {
            return c.isValid(2);
        } catch (SQLException | RuntimeException e) {
            return false;
        }
    }

    /** Closes the pool, then stops the embedded server if there is one. */
    @Override
    public void close() {
        pool.close();
        if (embedded != null) {
            embedded.close();
        }
    }
}
