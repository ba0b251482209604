package org.trustbricks.registry.onboarding;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.jdbi.v3.core.Jdbi;

/** The site description device rules are compiled against; a built-in default until an administrator saves one. */
public final class SiteFiles {

    private final Jdbi jdbi;

    private SiteFiles(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    /** Site files stored through the given Jdbi. */
    public static SiteFiles using(Jdbi jdbi) {
        return new SiteFiles(jdbi);
    }

    /** The current site YAML. */
    public byte[] current() {
        return jdbi.withHandle(h -> h.createQuery("select yaml from onboarding_site where id = 1").mapTo(String.class).findOne())
                .map(s -> s.getBytes(StandardCharsets.UTF_8)).orElseGet(SiteFiles::builtIn);
    }

    /** Replaces the site YAML (the caller has validated it). */
    public void save(String yaml, String updatedBy) {
        jdbi.useHandle(h -> h.createUpdate("""
                insert into onboarding_site (id, yaml, updated_by) values (1, :y, :by)
                on conflict (id) do update set yaml = excluded.yaml, updated_by = excluded.updated_by, updated_at = now()""")
                .bind("y", yaml).bind("by", updatedBy).execute());
    }

    /** The built-in default site. */
    public static byte[] builtIn() {
        try (InputStream in = SiteFiles.class.getResourceAsStream("default-site.yaml")) {
            return in.readAllBytes();
        } catch (IOException | NullPointerException e) {
            throw new UncheckedIOException(new IOException("the built-in site file is missing", e));
        }
    }
}
