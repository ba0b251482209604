package org.trustbricks.web.registry.bench;

import java.util.List;
import org.trustbricks.registry.auth.OrganisationKind;
import org.trustbricks.registry.auth.User;
import org.trustbricks.registry.db.Database;
import org.trustbricks.registry.demo.DemoData;
import org.trustbricks.registry.keys.CbKeys;
import org.trustbricks.registry.keys.KeyEncryptionKey;
import org.trustbricks.registry.keys.KeyEncryptionKeys;
import org.trustbricks.registry.testing.TestDatabase;
import org.trustbricks.registry.vuln.Vulnerabilities;
import org.trustbricks.web.testing.TestServer;

/**
 * Benchmark harness (run by bench/registry/run.sh, not a test): a real server over a real PostgreSQL holding the
 * demo scheme plus {@code count} generated certificates whose parts form chains (certificate k reuses k/3 and k/7),
 * then it measures vulnerability propagation and waits while wrk measures search and certificate pages.
 */
public final class RegistryBenchServer {

    private static final java.lang.management.ThreadMXBean THREADS = java.lang.management.ManagementFactory.getThreadMXBean();

    private RegistryBenchServer() {
    }

    /** Builds the in-memory search index and prints its build time (wall and CPU of this thread) and heap growth. */
    private static void indexSearch(Database db) {
        var memory = java.lang.management.ManagementFactory.getMemoryMXBean();
        System.gc();
        long heap = memory.getHeapMemoryUsage().getUsed();
        long start = System.nanoTime();
        long cpu = THREADS.getCurrentThreadCpuTime();
        int size = org.trustbricks.registry.cert.CertificateSearch.using(db.jdbi()).prepareIndex();
        double ms = (System.nanoTime() - start) / 1e6;
        double cpuMs = (THREADS.getCurrentThreadCpuTime() - cpu) / 1e6;
        System.gc();
        System.out.printf("search index: %d certificates built in %.0f ms (%.0f ms CPU in the server thread), heap %+.1f MB%n",
                size, ms, cpuMs, (memory.getHeapMemoryUsage().getUsed() - heap) / 1e6);
    }

    /** Arguments: number of certificates (default 100000). Prints the URL, sample ids and propagation timings. */
    public static void main(String[] args) throws Exception {
        int count = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
        Database db = Database.open(new org.trustbricks.registry.db.DatabaseSettings(TestDatabase.freshUrl(), null, null,
                java.nio.file.Files.createTempDirectory("registry-bench"), 20), null);
        KeyEncryptionKey kek = KeyEncryptionKey.random();
        KeyEncryptionKeys.bind(db.jdbi(), kek);
        DemoData.seedIfFresh(db.jdbi(), CbKeys.using(db.jdbi(), kek), "bench password");
        long t0 = System.nanoTime();
        db.jdbi().useHandle(h -> {
            h.execute("""
                    insert into certificate (id, source, source_key, product, product_version, vendor_name, lab_name, cb_name,
                      level, profiles, sfrs, sfr_text, methodology, issued_on, valid_until, status, cb_id, vendor_id, lab_id, scheme_id)
                    select 'BENCH-' || lpad(k::text, 6, '0'), 'issued', 'bench-' || k,
                      (array['Smart Lock','Thermostat','Gateway','Secure Element','Microcontroller','RTOS','Camera','Sensor Hub','Door Bell','Meter'])[1 + k % 10]
                        || ' ' || (array['Alpha','Nova','Orion','Vega','Lyra','Draco','Cygnus'])[1 + k % 7] || ' ' || k,
                      (1 + k % 9)::text || '.' || (k % 5)::text,
                      'Vendor ' || (k % 400), (array['Brightline Security Lab','Keystone Evaluations','Riverbank IoT Lab'])[1 + k % 3],
                      (array['Northgate Certification','Alpenwacht Zertifizierung'])[1 + k % 2],
                      'SESIP' || (1 + k % 4), case when k % 5 = 0 then array['psa-certified-level-3'] else '{}'::text[] end,
                      array['Verification of Platform Identity','Secure Update of Platform',
                            (array['Secure Communication Support','Physical Attacker Resistance','Cryptographic KeyStore','Secure Trusted Storage'])[1 + k % 4]],
                      'Verification of Platform Identity Secure Update of Platform '
                        || (array['Secure Communication Support','Physical Attacker Resistance','Cryptographic KeyStore','Secure Trusted Storage'])[1 + k % 4],
                      'GP-1.2', date '2021-01-01' + (k % 2000), date '2021-01-01' + (k % 2000) + 1095,
                      case when k % 50 = 0 then 'TERMINATED' else 'ACTIVE' end,
                      (select id from organisation where name = (array['Northgate Certification','Alpenwacht Zertifizierung'])[1 + k % 2]),
                      (select id from organisation where name = 'Acme Silicon'),
                      (select id from organisation where name = 'Brightline Security Lab'),
                      (select id from scheme limit 1)
                    from generate_series(1, COUNT_MAX) k""".replace("COUNT_MAX", Integer.toString(count)));
            // parts in bulk: the per-row lineage trigger is paused and the lineage built in one set-based statement
            // (the same one the migration uses), which is what the trigger would have produced edge by edge
            h.execute("alter table certificate_part disable trigger certificate_part_lineage");
            h.execute("""
                    insert into certificate_part (composite_id, part_id)
                    select 'BENCH-' || lpad(k::text, 6, '0'), 'BENCH-' || lpad((k / 3)::text, 6, '0') from generate_series(3, COUNT_MAX) k
                    union
                    select 'BENCH-' || lpad(k::text, 6, '0'), 'BENCH-' || lpad((k / 7)::text, 6, '0') from generate_series(7, COUNT_MAX) k""".replace("COUNT_MAX", Integer.toString(count)));
            h.execute("alter table certificate_part enable trigger certificate_part_lineage");
            h.execute("""
                    insert into certificate_lineage (certificate_id, parts)
                    with recursive reach (composite_id, part_id) as (
                        select composite_id, part_id from certificate_part where composite_id like 'BENCH-%'
                        union
                        select r.composite_id, p.part_id from reach r join certificate_part p on p.composite_id = r.part_id
                    )
                    select composite_id, array_agg(part_id order by part_id) from reach group by composite_id""");
            h.execute("vacuum analyze");
        });
        System.out.printf("generated %d certificates with parts in %.1f s%n", count, (System.nanoTime() - t0) / 1e9);
        User cb = org.trustbricks.registry.auth.Accounts.using(db.jdbi()).list().stream()
                .filter(u -> u.kind() == OrganisationKind.CERTIFICATION_BODY && u.organisationName().equals("Alpenwacht Zertifizierung"))
                .findFirst().orElseThrow();
        Vulnerabilities vulns = Vulnerabilities.using(db.jdbi(), CbKeys.using(db.jdbi(), kek));
        for (String part : List.of("BENCH-001001", "BENCH-000011", "BENCH-000001")) {
            long start = System.nanoTime();
            long cpu = THREADS.getCurrentThreadCpuTime();
            var recorded = vulns.record(cb, part, "", "HIGH", List.of(), "benchmark vulnerability");
            double ms = (System.nanoTime() - start) / 1e6;
            double cpuMs = (THREADS.getCurrentThreadCpuTime() - cpu) / 1e6;
            long readStart = System.nanoTime();
            var impacts = vulns.impactsOf(recorded.vulnerability().id());
            double readMs = (System.nanoTime() - readStart) / 1e6;
            int depth = impacts.stream().mapToInt(i -> i.path().size()).max().orElse(0);
            System.out.printf("propagation from %s: %d composite certificates reached, %.0f ms (record + propagate + audit, one transaction;"
                    + " %.0f ms CPU in the server thread); reading every affected certificate with its path: %.0f ms, longest path %d%n",
                    part, recorded.composites(), ms, cpuMs, readMs, depth);
        }
        indexSearch(db);
        String postgres = db.jdbi().withHandle(h -> h.createQuery("select pg_backend_pid()").mapTo(String.class).one());
        System.out.println("postgres backend: " + postgres);
        TestServer server = TestServer.startOn(db);
        String sample = db.jdbi().withHandle(h -> h.createQuery("select id from certificate where product like 'Lockwise L2%'").mapTo(String.class).one());
        System.out.println("certificate page: " + server.url() + "/registry/certificates/" + sample);
        System.out.println("ready at " + server.url());
        Thread.currentThread().join();
    }
}
