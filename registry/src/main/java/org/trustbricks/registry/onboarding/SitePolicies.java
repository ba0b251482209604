package org.trustbricks.registry.onboarding;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.jdbi.v3.core.Jdbi;
import org.trustbricks.onboarding.SitePolicy;

/** The installation's onboarding policy; the defaults apply until an administrator saves one. */
public final class SitePolicies {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final Jdbi jdbi;

    private SitePolicies(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    /** Policies stored through the given Jdbi. */
    public static SitePolicies using(Jdbi jdbi) {
        return new SitePolicies(jdbi);
    }

    /** The current policy. */
    public SitePolicy current() {
        return jdbi.withHandle(h -> h.createQuery("select policy::text from site_policy where id = 1")
                .mapTo(String.class).findOne()).map(SitePolicies::read).orElseGet(SitePolicy::defaults);
    }

    /** Replaces the policy. */
    public void save(SitePolicy policy, String updatedBy) {
        String json;
        try {
            json = JSON.writeValueAsString(policy);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("could not serialise the site policy", e);
        }
        jdbi.useHandle(h -> h.createUpdate("""
                insert into site_policy (id, policy, updated_by) values (1, cast(:p as jsonb), :by)
                on conflict (id) do update set policy = excluded.policy, updated_by = excluded.updated_by, updated_at = now()""")
                .bind("p", json).bind("by", updatedBy).execute());
    }

    private static SitePolicy read(String json) {
        try {
            return JSON.readValue(json, SitePolicy.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("the stored site policy is not readable", e);
        }
    }
}
