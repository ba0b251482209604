package org.trustbricks.registry.bench;

import java.lang.management.ManagementFactory;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.trustbricks.onboarding.AttestationFacts;
import org.trustbricks.onboarding.CertificateFacts;
import org.trustbricks.onboarding.MudFacts;
import org.trustbricks.onboarding.OnboardingDecision;
import org.trustbricks.onboarding.OnboardingEngine;
import org.trustbricks.onboarding.OnboardingFacts;
import org.trustbricks.onboarding.SitePolicy;
import org.trustbricks.registry.db.Database;
import org.trustbricks.registry.onboarding.Reevaluation;
import org.trustbricks.registry.testing.TestDatabase;

/**
 * Whole-process benchmark: re-evaluation of N inventoried devices after one vulnerability puts the platform
 * certificates they are built on under review. Run through bench/onboarding/reevaluate.sh.
 */
public final class ReevaluationBenchmark {

    private ReevaluationBenchmark() {
    }

    /** CPU time of the PostgreSQL server processes, read from /proc (Linux; 0 elsewhere). */
    static final class ServerCpu {

        private ServerCpu() {
        }

        static long millis(List<Long> pids) {
            long ticks = 0;
            for (long pid : pids) {
                try {
                    String stat = java.nio.file.Files.readString(java.nio.file.Path.of("/proc/" + pid + "/stat"));
                    String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
                    ticks += Long.parseLong(f[11]) + Long.parseLong(f[12]);
                } catch (java.io.IOException | RuntimeException e) {
                    // the process ended or this is not Linux: it adds nothing
                }
            }
            return ticks * 10;
        }
    }

    /** Arguments: device count (default 100000), certificate count (default 200), rounds (default 3). */
    public static void main(String[] args) throws Exception {
        int devices = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
        int certificates = args.length > 1 ? Integer.parseInt(args[1]) : 200;
        int rounds = args.length > 2 ? Integer.parseInt(args[2]) : 3;
        try (Database db = TestDatabase.fresh()) {
            var mapper = new com.fasterxml.jackson.databind.ObjectMapper();
            for (int round = 1; round <= rounds; round++) {
                CertificateFacts active = new CertificateFacts("X", CertificateFacts.Status.ACTIVE, 3, Set.of());
                OnboardingFacts facts = new OnboardingFacts(
                        new AttestationFacts(true, AttestationFacts.Measurements.MATCHED, "i", "impl", ""), active,
                        new MudFacts("https://mud.example/d.json", MudFacts.Retrieval.FETCHED, MudFacts.Signature.VALID, true, true, ""), "");
                OnboardingDecision admitted = OnboardingEngine.decide(facts, SitePolicy.defaults());
                String factsJson = mapper.writeValueAsString(facts);
                String reasons = mapper.writeValueAsString(admitted.reasons());
                db.jdbi().useHandle(h -> {
                    h.execute("truncate device cascade");
                    h.execute("truncate onboarding_value, device_ruleset");
                    h.createUpdate("""
                            insert into onboarding_value (hash, value) values
                                (sha256(convert_to(:facts, 'UTF8')), cast(:facts as jsonb)),
                                (sha256(convert_to(:reasons, 'UTF8')), cast(:reasons as jsonb))""")
                            .bind("reasons", reasons).bind("facts", factsJson).execute();
                    h.createUpdate("""
                            insert into device_ruleset (hash, mud, quarantine, deny)
                            select sha256(convert_to('device ' || g, 'UTF8')), 'mud rules of device ' || g,
                                   'quarantine rules of device ' || g, 'deny rules of device ' || g
                            from generate_series(1, :n) g""").bind("n", devices).execute();
                    h.createUpdate("""
                            insert into device (name, instance_id, implementation_id, certificate_id, mud_url, mud_version,
                                                decision, network_policy, reasons_hash, facts_hash, rulesets_hash)
                            select 'device ' || g, encode(sha256(convert_to('instance ' || g, 'UTF8')), 'hex'),
                                   encode(sha256('impl'), 'hex'), 'SESIP-26' || lpad((g % :certs)::text, 5, '0') || '-01',
                                   'https://mud.example/d.json', encode(sha256('mud'), 'hex'), 'ADMITTED', 'FULL_MUD',
                                   sha256(convert_to(:reasons, 'UTF8')), sha256(convert_to(:facts, 'UTF8')),
                                   sha256(convert_to('device ' || g, 'UTF8'))
                            from generate_series(1, :n) g""")
                            .bind("n", devices).bind("certs", certificates).bind("reasons", reasons).bind("facts", factsJson).execute();
                    h.execute("vacuum analyze device");
                });
                Map<String, CertificateFacts> review = new HashMap<>();
                for (int c = 0; c < certificates; c++) {
                    String id = "SESIP-26" + String.format("%05d", c) + "-01";
                    review.put(id, new CertificateFacts(id, CertificateFacts.Status.UNDER_VULNERABILITY_REVIEW, 3, Set.of()));
                }
                List<Long> serverPids = db.jdbi().withHandle(h -> h.createQuery("select pid from pg_stat_activity")
                        .mapTo(Long.class).list());
                long pg0 = ServerCpu.millis(serverPids);
                long cpu0 = ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
                long t0 = System.nanoTime();
                var outcome = Reevaluation.certificatesChanged(db.jdbi(), review, SitePolicy.defaults(),
                        "vulnerability recorded against a shared platform part");
                long ms = (System.nanoTime() - t0) / 1_000_000;
                long javaCpu = (ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime() - cpu0) / 1_000_000;
                long pgCpu = ServerCpu.millis(serverPids) - pg0;
                String hot = db.jdbi().withHandle(h -> {
                    h.createQuery("select pg_stat_force_next_flush()").mapTo(String.class).findOne();
                    return h.createQuery("select n_tup_hot_upd || ' of ' || n_tup_upd from pg_stat_user_tables where relname = 'device'")
                            .mapTo(String.class).one();
                });
                System.out.printf("round %d: %d devices examined, %d changed, %d ms wall; CPU %d ms (Java thread %d ms,"
                                + " PostgreSQL processes %d ms); HOT updates of device rows so far: %s%n", round,
                        outcome.examined(), outcome.changed(), ms, javaCpu + pgCpu, javaCpu, pgCpu, hot);
                if (outcome.changed() != devices) {
                    throw new IllegalStateException("expected every device to change");
                }
            }
        }
        System.exit(0);
    }

}
