package org.trustbricks.web.onboarding.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.jdbi.v3.core.Jdbi;
import org.trustbricks.attestation.appraisal.AttestationKey;
import org.trustbricks.attestation.appraisal.Endorsements;
import org.trustbricks.attestation.appraisal.EndorsementsJson;
import org.trustbricks.attestation.appraisal.PlatformEndorsement;
import org.trustbricks.attestation.appraisal.ReferenceValue;
import org.trustbricks.attestation.cose.CoseAlgorithm;
import org.trustbricks.attestation.cose.SoftwareCoseSigner;
import org.trustbricks.attestation.psa.PsaClaims;
import org.trustbricks.attestation.psa.PsaProfile;
import org.trustbricks.attestation.psa.PsaTokenEncoder;
import org.trustbricks.attestation.psa.SoftwareComponent;
import org.trustbricks.attestation.services.PsaAttestationService;
import org.trustbricks.registry.attestation.AttestationNonces;
import org.trustbricks.registry.attestation.EndorsementStore;
import org.trustbricks.registry.attestation.VerifierKeys;
import org.trustbricks.registry.keys.KeyEncryptionKeys;

/**
 * Simulated devices of the bench: each has its own ES256 attestation key, endorsed (in platforms of
 * {@value #PER_PLATFORM} instances, each platform its own implementation id) on a certified demo platform.
 */
final class BenchDevices {

    static final int PER_PLATFORM = 1000;
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final SoftwareComponent BOOT = new SoftwareComponent("BL", new byte[32], "1.0", new byte[32], "sha-256");

    private final List<SoftwareCoseSigner> keys;
    private final List<byte[]> implementations;

    private BenchDevices(List<SoftwareCoseSigner> keys, List<byte[]> implementations) {
        this.keys = keys;
        this.implementations = implementations;
    }

    /** An active, valid demo certificate of level 2 or more with no open vulnerability reaching it. */
    static String certifiedPlatform(Jdbi jdbi) {
        return jdbi.withHandle(h -> h.createQuery("""
                select c.id from certificate c
                where c.status = 'ACTIVE' and c.valid_until > current_date and c.level ~ '[2-5]'
                  and not exists (select 1 from vulnerability v where v.status = 'UNDER_REVIEW'
                                  and (v.certificate_id = c.id or exists (select 1 from vulnerability_impact i
                                       where i.vulnerability_id = v.id and i.certificate_id = c.id)))
                order by c.id limit 1""").mapTo(String.class).one());
    }

    /** Generates and endorses {@code count} devices on the certificate. */
    static BenchDevices endorse(Jdbi jdbi, String certificateId, int count) throws Exception {
        List<SoftwareCoseSigner> keys = IntStream.range(0, count).parallel()
                .mapToObj(i -> SoftwareCoseSigner.generate(CoseAlgorithm.ES256)).toList();
        EndorsementStore store = EndorsementStore.using(jdbi, KeyEncryptionKeys.of(jdbi));
        List<byte[]> implementations = new ArrayList<>();
        for (int first = 0; first < count; first += PER_PLATFORM) {
            byte[] impl = new byte[32];
            impl[0] = 0x5b;
            impl[30] = (byte) (first / PER_PLATFORM >> 8);
            impl[31] = (byte) (first / PER_PLATFORM);
            implementations.add(impl);
            List<AttestationKey> endorsed = keys.subList(first, Math.min(count, first + PER_PLATFORM)).stream()
                    .map(k -> new AttestationKey(PsaAttestationService.instanceIdOf(k.publicKey().sec1()), k.publicKey())).toList();
            PlatformEndorsement p = new PlatformEndorsement(impl, "Bench Devices", "bench sensor", certificateId, endorsed,
                    List.of(new ReferenceValue("BL", "1.0", new byte[32], new byte[32])));
            store.provision(BenchMudFiles.user(jdbi, "owner"), EndorsementsJson.write(Endorsements.of("bench-" + first, List.of(p))));
        }
        return new BenchDevices(keys, implementations);
    }

    /** One onboarding request body (JSON) per device, each with a PSA token over its own fresh nonce. */
    List<String> requests(Jdbi jdbi, List<String> mudUrls, Duration nonceLifetime) {
        var verifierKey = VerifierKeys.using(jdbi, KeyEncryptionKeys.of(jdbi)).loadOrCreate();
        AttestationNonces nonces = AttestationNonces.using(jdbi, verifierKey.nonceKey(), Clock.systemUTC(), nonceLifetime);
        List<byte[]> issued = new ArrayList<>(keys.size());
        for (int done = 0; done < keys.size(); done += AttestationNonces.MAX_BATCH) {
            nonces.issue(Math.min(AttestationNonces.MAX_BATCH, keys.size() - done), 32).forEach(n -> issued.add(n.value()));
        }
        return IntStream.range(0, keys.size()).parallel().mapToObj(i -> {
            SoftwareCoseSigner k = keys.get(i);
            PsaClaims c = new PsaClaims(PsaProfile.RFC_9783, PsaProfile.RFC_9783.id(), 1L, 0x3000L,
                    implementations.get(i / PER_PLATFORM), PsaAttestationService.instanceIdOf(k.publicKey().sec1()),
                    List.of(issued.get(i)), new byte[8], null, List.of(BOOT), null, null);
            Map<String, String> body = new LinkedHashMap<>();
            body.put("name", "bench sensor " + i);
            body.put("mac", String.format("02:b0:%02x:%02x:%02x:%02x", (i >> 24) & 0xff, (i >> 16) & 0xff, (i >> 8) & 0xff, i & 0xff));
            body.put("address", String.format("10.%d.%d.%d", (i >> 16) & 0xff, (i >> 8) & 0xff, i & 0xff));
            body.put("token", Base64.getEncoder().encodeToString(PsaTokenEncoder.sign(c, k)));
            body.put("mudUrl", mudUrls.get(i % mudUrls.size()));
            try {
                return JSON.writeValueAsString(body);
            } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
                throw new IllegalStateException(e);
            }
        }).toList();
    }
}
