package org.trustbricks.registry.bench;

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
                    h.createUpdate("""
                            insert into device (name, instance_id, implementation_id, certificate_id, mud_url, decision,
                                                network_policy, reasons, facts, rules, mud_rules, quarantine_rules, deny_rules)
                            select 'device ' || g, lpad(to_hex(g), 16, '0'), 'impl', 'SESIP-26' || lpad((g % :certs)::text, 5, '0') || '-01',
                                   'https://mud.example/d.json', 'ADMITTED', 'FULL_MUD', cast(:reasons as jsonb), cast(:facts as jsonb),
                                   'mud', 'mud', 'quarantine', 'deny'
                            from generate_series(1, :n) g""")
                            .bind("n", devices).bind("certs", certificates).bind("reasons", reasons).bind("facts", factsJson).execute();
                    h.execute("analyze device");
                });
                Map<String, CertificateFacts> review = new HashMap<>();
                for (int c = 0; c < certificates; c++) {
                    String id = "SESIP-26" + String.format("%05d", c) + "-01";
                    review.put(id, new CertificateFacts(id, CertificateFacts.Status.UNDER_VULNERABILITY_REVIEW, 3, Set.of()));
                }
                long t0 = System.nanoTime();
                var outcome = Reevaluation.certificatesChanged(db.jdbi(), review, SitePolicy.defaults(),
                        "vulnerability recorded against a shared platform part");
                long ms = (System.nanoTime() - t0) / 1_000_000;
                System.out.printf("round %d: %d devices examined, %d changed, %d ms%n", round, outcome.examined(), outcome.changed(), ms);
                if (outcome.changed() != devices) {
                    throw new IllegalStateException("expected every device to change");
                }
            }
        }
        System.exit(0);
    }

}
