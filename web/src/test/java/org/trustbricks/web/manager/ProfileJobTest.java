package org.trustbricks.web.manager;

import static org.assertj.core.api.Assertions.assertThat;
import static org.trustbricks.web.manager.ManagerApiTest.assertProblem;
import static org.trustbricks.web.manager.ManagerClient.json;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.trustbricks.registry.mudmanager.ProfileJobs;
import org.trustbricks.web.testing.TestServer;

/** Profile uploads as jobs over real servers: progress and result in the database, readable from another instance. */
class ProfileJobTest {

    private static TestServer first;
    private static TestServer second;
    private static ManagerClient person;

    @BeforeAll
    static void start() {
        first = TestServer.start();
        second = TestServer.startOn(first.services().database());
        person = ManagerClient.signedIn(first);
    }

    @AfterAll
    static void stop() {
        second.close();
        first.close();
    }

    /** Polls a job's progress fragment until it no longer asks to be polled; returns the last fragment. */
    static String awaitFinished(ManagerClient who, String progressPath) throws InterruptedException {
        for (int i = 0; i < 300; i++) {
            HttpResponse<String> r = who.get(progressPath);
            assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
            if (!r.body().contains("hx-trigger=\"every 1s\"")) {
                return r.body();
            }
            Thread.sleep(100);
        }
        throw new AssertionError("the job did not finish within 30 s: " + progressPath);
    }

    private static JsonNode awaitJob(ManagerClient who, String location) throws InterruptedException {
        for (int i = 0; i < 300; i++) {
            JsonNode job = json(who.getJson(location));
            if (!job.get("state").asText().equals("running")) {
                return job;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("the job did not finish within 30 s: " + location);
    }

    @Test
    void an_upload_becomes_a_job_whose_progress_and_result_another_instance_reports() throws Exception {
        HttpResponse<String> r = person.upload("/api/mud-manager/profile-jobs",
                List.of(Map.entry("bulb.pcap", TinyPcap.dnsThenHttps())),
                Map.of("device", TinyPcap.DEVICE_MAC, "mudUrl", "https://things.example.com/mud/bulb.json"));
        assertThat(r.statusCode()).as(r.body()).isEqualTo(202);
        String location = r.headers().firstValue("Location").orElseThrow();
        JsonNode accepted = json(r);
        assertThat(location).endsWith(accepted.get("id").asText());
        assertThat(accepted.get("bytesTotal").asLong()).isEqualTo(TinyPcap.dnsThenHttps().length);
        assertThat(accepted.get("captures").toString()).contains("bulb.pcap");

        JsonNode done = awaitJob(person.on(second), location);
        assertThat(done.get("state").asText()).as(done.toString()).isEqualTo("done");
        assertThat(done.get("packets").asLong()).isEqualTo(4);
        assertThat(done.get("flows").asLong()).isPositive();
        assertThat(done.get("bytesDone").asLong()).isEqualTo(done.get("bytesTotal").asLong());
        assertThat(done.at("/result/allFlowsAllowed").asBoolean()).isTrue();
        assertThat(done.at("/result/mud").toString()).contains(TinyPcap.CLOUD_NAME);
        assertThat(done.at("/result/captures/0/source").asText()).isEqualTo("bulb.pcap");
        assertThat(json(person.getJson(location))).as("both instances answer alike").isEqualTo(done);
    }

    @Test
    void a_corrupt_capture_finishes_with_a_report_and_a_bad_device_fails_with_the_reason() throws Exception {
        HttpResponse<String> r = person.upload("/api/mud-manager/profile-jobs",
                List.of(Map.entry("noise.pcap", "not a capture".getBytes())), Map.of("device", TinyPcap.DEVICE_MAC));
        JsonNode done = awaitJob(person, r.headers().firstValue("Location").orElseThrow());
        assertThat(done.get("state").asText()).isEqualTo("done");
        assertThat(done.at("/result/captures/0/format").asText()).isEqualTo("unrecognised");

        HttpResponse<String> bad = person.upload("/api/mud-manager/profile-jobs",
                List.of(Map.entry("a.pcap", TinyPcap.dnsThenHttps())), Map.of("device", "not-a-device"));
        JsonNode failed = awaitJob(person, bad.headers().firstValue("Location").orElseThrow());
        assertThat(failed.get("state").asText()).isEqualTo("failed");
        assertThat(failed.get("error").asText()).contains("MAC or an IP address");
    }

    @Test
    void jobs_are_private_to_who_started_them_and_unknown_ids_are_404() {
        HttpResponse<String> r = person.upload("/api/mud-manager/profile-jobs",
                List.of(Map.entry("bulb.pcap", TinyPcap.dnsThenHttps())), Map.of("device", TinyPcap.DEVICE_MAC));
        String location = r.headers().firstValue("Location").orElseThrow();
        assertProblem(ManagerClient.signedIn(first).getJson(location), 404, null);
        assertProblem(ManagerClient.anonymous(first).getJson(location), 401, null);
        assertProblem(person.getJson("/api/mud-manager/profile-jobs/not-a-uuid"), 404, null);
        assertProblem(person.getJson("/api/mud-manager/profile-jobs/" + UUID.randomUUID()), 404, null);
    }

    @Test
    void bad_uploads_start_no_job() {
        assertProblem(person.postJson("/api/mud-manager/profile-jobs", "{}"), 415, null);
        assertProblem(person.upload("/api/mud-manager/profile-jobs", List.of(), Map.of("device", TinyPcap.DEVICE_MAC)), 400, "capture");
        assertProblem(person.upload("/api/mud-manager/profile-jobs", List.of(Map.entry("a.pcap", TinyPcap.dnsThenHttps())),
                Map.of()), 400, "device");
        assertProblem(ManagerClient.anonymous(first).upload("/api/mud-manager/profile-jobs",
                List.of(Map.entry("a.pcap", TinyPcap.dnsThenHttps())), Map.of("device", TinyPcap.DEVICE_MAC)), 401, null);
    }

    @Test
    void a_running_job_whose_instance_stopped_reporting_is_reported_lost() {
        Clock past = Clock.offset(Clock.systemUTC(), ProfileJobs.LOST_AFTER.plus(Duration.ofSeconds(5)).negated());
        UUID id = ProfileJobs.using(first.services().database().jdbi(), past)
                .start(person.email(), "gone@host", 1000, List.of("a.pcap"));
        JsonNode job = json(person.on(second).getJson("/api/mud-manager/profile-jobs/" + id));
        assertThat(job.get("state").asText()).isEqualTo("lost");
        assertThat(job.get("error").asText()).contains("gone@host", "stopped reporting");
        assertThat(person.get("/mud-manager/profile/jobs/" + id + "/progress").body())
                .contains("role=\"alert\"", "lost").doesNotContain("hx-trigger");
    }
}
