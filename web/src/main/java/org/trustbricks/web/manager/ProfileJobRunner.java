package org.trustbricks.web.manager;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.http.Context;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.trustbricks.mudmanager.profile.ProfileResult;
import org.trustbricks.mudmanager.profile.ProgressListener;
import org.trustbricks.registry.mudmanager.ProfileJob;
import org.trustbricks.registry.mudmanager.ProfileJobs;
import org.trustbricks.web.Json;
import org.trustbricks.web.system.ApiException;

/**
 * Runs uploads as background profile jobs on this instance and keeps their progress and result in the database,
 * where any instance can answer for them. Runs share the {@link Profiling} slots with synchronous uploads.
 */
final class ProfileJobRunner {

    /** Shortest interval between two progress writes of one job. */
    static final long PROGRESS_EVERY_MS = 250;
    private static final Logger LOG = LoggerFactory.getLogger(ProfileJobRunner.class);

    private final Profiling profiling;
    private final ProfileJobs jobs;
    private final String instance = ManagementFactory.getRuntimeMXBean().getName();

    ProfileJobRunner(Profiling profiling, ProfileJobs jobs) {
        this.profiling = profiling;
        this.jobs = jobs;
    }

    /** Receives the upload, records the job and starts it; returns its id once the captures are stored. */
    UUID start(Context ctx, String owner) throws IOException {
        Profiling.Upload upload = profiling.receive(ctx);
        UUID id;
        try {
            id = jobs.start(owner, instance, upload.bytes(), upload.names());
        } catch (RuntimeException e) {
            profiling.release(upload);
            throw e;
        }
        Thread.ofVirtual().name("profile-job-" + id).start(() -> run(id, upload));
        return id;
    }

    /** The job of {@code owner}, or a 404. */
    ProfileJob find(String id, String owner) {
        UUID uuid;
        try {
            uuid = UUID.fromString(id);
        } catch (IllegalArgumentException e) {
            throw ApiException.notFound("no profile job " + id);
        }
        return jobs.find(uuid, owner).orElseThrow(() -> ApiException.notFound("no profile job " + id));
    }

    /** The job as the API shows it: progress, and the profile once done. */
    static Map<String, Object> view(ProfileJob job) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("id", job.id().toString());
        out.put("state", job.state().toLowerCase(java.util.Locale.ROOT));
        out.put("bytesTotal", job.bytesTotal());
        out.put("bytesDone", job.bytesDone());
        out.put("packets", job.packets());
        out.put("flows", job.flows());
        out.put("captures", job.captures());
        out.put("instance", job.instance());
        out.put("createdAt", job.createdAt().toString());
        out.put("updatedAt", job.updatedAt().toString());
        out.put("error", job.error());
        out.put("result", result(job));
        return out;
    }

    /** The stored profile as JSON, or null. */
    static JsonNode result(ProfileJob job) {
        if (job.result() == null) {
            return null;
        }
        try {
            return Json.mapper().readTree(job.result());
        } catch (JsonProcessingException e) {
            return null;
        }
    }

    private void run(UUID id, Profiling.Upload upload) {
        try {
            ProfileResult r = Profiling.profile(upload, new Throttled(id));
            jobs.finish(id, Json.mapper().writeValueAsString(ProfileResponse.of(r, upload.names())), upload.bytes(),
                    r.packets(), r.flows().size());
        } catch (ApiException e) {
            jobs.fail(id, e.getMessage());
        } catch (IOException | RuntimeException e) {
            LOG.warn("profile job {} failed: {}", id, e.toString());
            jobs.fail(id, "the captures could not be profiled: " + e.getMessage());
        } finally {
            profiling.release(upload);
        }
    }

    /** Writes progress to the database at most every {@link #PROGRESS_EVERY_MS}. */
    private final class Throttled implements ProgressListener {
        private final UUID id;
        private long last;

        Throttled(UUID id) {
            this.id = id;
        }

        @Override
        public void progress(long bytesDone, long bytesTotal, long packets) {
            progress(bytesDone, bytesTotal, packets, 0);
        }

        @Override
        public void progress(long bytesDone, long bytesTotal, long packets, long flows) {
            long now = System.nanoTime() / 1_000_000;
            if (now - last >= PROGRESS_EVERY_MS) {
                last = now;
                try {
                    jobs.progress(id, bytesDone, packets, flows);
                } catch (RuntimeException e) {
                    LOG.warn("progress of profile job {} not recorded: {}", id, e.toString());
                }
            }
        }
    }
}
