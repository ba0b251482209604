package org.trustbricks.registry.attestation;

import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicReference;
import org.jdbi.v3.core.Jdbi;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.trustbricks.attestation.Verifier;
import org.trustbricks.attestation.appraisal.AttestationResult;
import org.trustbricks.attestation.appraisal.NonceValidator;
import org.trustbricks.registry.keys.KeyEncryptionKey;

/**
 * The server's verifier: the attestation library's {@link Verifier} over endorsements and certificate links held in
 * memory, refreshed whenever the attestation version moves (NOTIFY from any instance, with a cheap version poll as a
 * fallback), nonces in PostgreSQL, and the shared EAR key. Appraisal reads no database except the nonce it consumes.
 */
public final class LiveVerifier implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(LiveVerifier.class);

    private final EndorsementStore store;
    private final AttestationNonces nonces;
    private final VerifierKeys.VerifierKey key;
    private final Verifier verifier;
    private final AtomicReference<CertificateLinks> certificates = new AtomicReference<>(CertificateLinks.empty());
    private final ChangeListener listener;
    private volatile long version = -1;

    private LiveVerifier(Jdbi jdbi, KeyEncryptionKey kek, Clock clock, Duration nonceLifetime, Duration poll) {
        this.store = EndorsementStore.using(jdbi, kek);
        this.key = VerifierKeys.using(jdbi, kek).loadOrCreate();
        this.nonces = AttestationNonces.using(jdbi, key.nonceKey(), clock, nonceLifetime);
        this.verifier = Verifier.create(org.trustbricks.attestation.appraisal.Endorsements.empty(),
                implementationId -> certificates.get().lookup(implementationId, clock), key.signer(), clock);
        refresh();
        this.listener = ChangeListener.start(jdbi, poll, this::refreshIfChanged, nonces::purgeExpired);
    }

    /** Loads the verifier's key (creating it on first start), the endorsements, and starts following changes. */
    public static LiveVerifier start(Jdbi jdbi, KeyEncryptionKey kek, Clock clock, Duration nonceLifetime) {
        return new LiveVerifier(jdbi, kek, clock, nonceLifetime, Duration.ofSeconds(2));
    }

    /** Appraises a token whose nonce must be one this verifier (any instance) issued. */
    public AttestationResult appraise(byte[] token) {
        return verifier.appraise(token, nonces);
    }

    /** Appraises a token without a freshness check (for showing what a pasted token would give). */
    public AttestationResult appraiseWithoutNonce(byte[] token) {
        return verifier.appraise(token, NonceValidator.notChecked());
    }

    /** The library verifier (signs EARs, publishes its key). */
    public Verifier verifier() {
        return verifier;
    }

    /** The challenge store. */
    public AttestationNonces nonces() {
        return nonces;
    }

    /** The provisioned endorsements. */
    public EndorsementStore store() {
        return store;
    }

    /** The identifier of the EAR key. */
    public String keyId() {
        return key.keyId();
    }

    /** The attestation version reflected in memory. */
    public long version() {
        return version;
    }

    /** True when an implementation id has provisioned endorsements in memory. */
    public boolean isEndorsed(byte[] implementationId) {
        return verifier.endorsements().platform(implementationId).isPresent();
    }

    /** Reloads now when the stored version differs from the one in memory (after a change made through this instance). */
    public void refreshIfChanged() {
        if (store.version() != version) {
            refresh();
        }
    }

    private synchronized void refresh() {
        EndorsementStore.Snapshot s = store.snapshot();
        if (s.version() == version) {
            return;
        }
        certificates.set(s.certificates());
        verifier.replaceEndorsements(s.endorsements());
        version = s.version();
        LOG.info("attestation endorsements at version {}: {} platforms, {} linked certificates", s.version(),
                s.endorsements().platforms().size(), s.certificates().size());
    }

    @Override
    public void close() {
        listener.close();
    }
}
