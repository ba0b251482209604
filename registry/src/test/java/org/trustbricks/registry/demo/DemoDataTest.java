package org.trustbricks.registry.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.trustbricks.registry.audit.AuditLog;
import org.trustbricks.registry.cert.CertificateSearch;
import org.trustbricks.registry.cert.Certificates;
import org.trustbricks.registry.cert.SearchQuery;
import org.trustbricks.registry.keys.CbKeys;
import org.trustbricks.registry.keys.KeyEncryptionKey;
import org.trustbricks.registry.scheme.Schemes;
import org.trustbricks.registry.testing.TestDatabase;

class DemoDataTest {

    @Test
    void a_fresh_database_gets_a_living_demo_scheme_once() {
        try (var db = TestDatabase.fresh()) {
            CbKeys keys = CbKeys.using(db.jdbi(), KeyEncryptionKey.random());
            List<String> notes = DemoData.seedIfFresh(db.jdbi(), keys, "demo-password-1");
            assertThat(notes).anySatisfy(n -> assertThat(n).contains("demo-password-1"));
            assertThat(notes).anySatisfy(n -> assertThat(n).contains("cb@" + DemoData.DOMAIN));
            int orgs = db.jdbi().withHandle(h -> h.createQuery("select count(*) from organisation").mapTo(Integer.class).one());
            assertThat(orgs).isEqualTo(10);
            assertThat(Schemes.using(db.jdbi()).recognitions()).hasSize(2);
            var all = CertificateSearch.using(db.jdbi()).search(new SearchQuery("", "", "", "", "", "", null, null, "newest", 1, 100));
            assertThat(all.total()).isEqualTo(12);
            assertThat(all.items()).extracting(c -> c.status().name()).contains("ACTIVE", "EXPIRED", "TERMINATED", "SUPERSEDED");
            String lock = all.items().stream().filter(c -> c.product().startsWith("Lockwise L2")).findFirst().orElseThrow().id();
            var page = Certificates.using(db.jdbi()).page(lock).orElseThrow();
            assertThat(page.underReview()).isTrue();
            assertThat(page.recognisedBy()).containsExactly("Northgate Certification");
            String thermostat = all.items().stream().filter(c -> c.product().startsWith("Thermata T5")).findFirst().orElseThrow().id();
            assertThat(Certificates.using(db.jdbi()).page(thermostat).orElseThrow().recognisedBy()).containsExactly("Alpenwacht Zertifizierung");
            assertThat(keys.published()).hasSize(2);
            assertThat(AuditLog.using(db.jdbi()).verify().intact()).isTrue();
            assertThat(DemoData.seedIfFresh(db.jdbi(), keys, null)).isEmpty();
        }
    }
}
