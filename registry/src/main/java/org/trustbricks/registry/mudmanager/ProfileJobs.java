package org.trustbricks.registry.mudmanager;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jdbi.v3.core.Jdbi;

/**
 * Traffic profile jobs in the database, so that whichever instance a browser reaches can report progress and the
 * result. The run itself happens on the instance that received the upload (the captures are in its temporary
 * directory); a job whose instance stops reporting for {@link #LOST_AFTER} is reported as LOST.
 */
public final class ProfileJobs {

    /** Silence after which a running job is considered lost (its instance stopped or crashed). */
    public static final Duration LOST_AFTER = Duration.ofSeconds(60);
    /** Finished jobs are kept this long. */
    public static final Duration KEPT_FOR = Duration.ofHours(24);

    private static final ObjectMapper JSON = new ObjectMapper();

    private final Jdbi jdbi;
    private final Clock clock;

    private ProfileJobs(Jdbi jdbi, Clock clock) {
        this.jdbi = jdbi;
        this.clock = clock;
    }

    /** Jobs stored through the given Jdbi. */
    public static ProfileJobs using(Jdbi jdbi, Clock clock) {
        return new ProfileJobs(jdbi, clock);
    }

    /** Records a new running job for {@code owner} and removes jobs older than {@link #KEPT_FOR}. */
    public UUID start(String owner, String instance, long bytesTotal, List<String> captures) {
        UUID id = UUID.randomUUID();
        Instant now = clock.instant();
        jdbi.useTransaction(h -> {
            h.createUpdate("delete from mud_profile_job where created_at < :cutoff")
                    .bind("cutoff", now.minus(KEPT_FOR)).execute();
            h.createUpdate("""
                    insert into mud_profile_job (id, owner, instance, state, bytes_total, captures, created_at, updated_at)
                    values (:id, :owner, :instance, 'RUNNING', :total, cast(:captures as jsonb), :now, :now)""")
                    .bind("id", id).bind("owner", owner).bind("instance", instance).bind("total", bytesTotal)
                    .bind("captures", json(captures)).bind("now", now).execute();
        });
        return id;
    }

    /** Reports progress of a running job. */
    public void progress(UUID id, long bytesDone, long packets, long flows) {
        jdbi.useHandle(h -> h.createUpdate("""
                update mud_profile_job set bytes_done = :b, packets = :p, flows = :f, updated_at = :now
                where id = :id and state = 'RUNNING'""")
                .bind("b", bytesDone).bind("p", packets).bind("f", flows).bind("now", clock.instant()).bind("id", id).execute());
    }

    /** Stores the result (JSON) of a job that completed. */
    public void finish(UUID id, String resultJson, long bytesDone, long packets, long flows) {
        jdbi.useHandle(h -> h.createUpdate("""
                update mud_profile_job set state = 'DONE', result = cast(:r as jsonb), bytes_done = :b, packets = :p,
                    flows = :f, updated_at = :now where id = :id""")
                .bind("r", resultJson).bind("b", bytesDone).bind("p", packets).bind("f", flows)
                .bind("now", clock.instant()).bind("id", id).execute());
    }

    /** Marks a job failed with a reason for people. */
    public void fail(UUID id, String reason) {
        jdbi.useHandle(h -> h.createUpdate("""
                update mud_profile_job set state = 'FAILED', error = :e, updated_at = :now where id = :id""")
                .bind("e", reason).bind("now", clock.instant()).bind("id", id).execute());
    }

    /** The job, when it exists and belongs to {@code owner}. */
    public Optional<ProfileJob> find(UUID id, String owner) {
        Instant lostBefore = clock.instant().minus(LOST_AFTER);
        return jdbi.withHandle(h -> h.createQuery("""
                select id, state, instance, bytes_total, bytes_done, packets, flows, captures::text as captures,
                       result::text as result, error, created_at, updated_at
                from mud_profile_job where id = :id and owner = :owner""")
                .bind("id", id).bind("owner", owner)
                .map((rs, c) -> {
                    Instant updated = rs.getTimestamp("updated_at").toInstant();
                    boolean lost = "RUNNING".equals(rs.getString("state")) && updated.isBefore(lostBefore);
                    return new ProfileJob(rs.getObject("id", UUID.class), lost ? "LOST" : rs.getString("state"),
                            rs.getString("instance"), rs.getLong("bytes_total"), rs.getLong("bytes_done"),
                            rs.getLong("packets"), rs.getLong("flows"), names(rs.getString("captures")),
                            rs.getString("result"), lost ? "the instance " + rs.getString("instance")
                                    + " running this job stopped reporting; upload the captures again" : rs.getString("error"),
                            rs.getTimestamp("created_at").toInstant(), updated);
                })
                .findOne());
    }

    private static String json(List<String> names) {
        try {
            return JSON.writeValueAsString(names);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(e);
        }
    }

    private static List<String> names(String json) {
        try {
            return JSON.readValue(json, new TypeReference<List<String>>() { });
        } catch (JsonProcessingException e) {
            return List.of();
        }
    }
}
