package org.trustbricks.registry.onboarding;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.jdbi.v3.core.Jdbi;
import org.trustbricks.onboarding.OnboardingDecision;
import org.trustbricks.registry.db.GroupCommit;

/**
 * Group commit of onboarding decisions: the decisions of concurrent requests that arrive within one short window (or
 * while the previous statement runs) are recorded by one statement ({@link DecisionBatch}), each device with its
 * history entry, webhook deliveries and notification exactly as {@link Devices#record} writes one. A batch never holds
 * two decisions for one instance id (the later waits for the next batch, so they apply in order); when a batch
 * statement fails, its decisions are recorded one by one, so a bad decision fails only its own caller.
 */
final class RecordGroupCommit {

    static final int MAX_BATCH = 64;

    private final Jdbi jdbi;
    private final GroupCommit<DecisionBatch.Entry, DeviceRecord> group;

    RecordGroupCommit(Jdbi jdbi, Duration window) {
        this.jdbi = jdbi;
        this.group = GroupCommit.onePerKey("onboarding-record-commit", window, MAX_BATCH,
                entry -> entry.enrolment().instanceId(), this::commit);
    }

    /** Records the decision (together with others waiting) and returns the device. */
    DeviceRecord record(Devices.Enrolment e, OnboardingDecision d, String kind, String trigger) {
        return group.submit(new DecisionBatch.Entry(e, d, kind, trigger));
    }

    private void commit(List<GroupCommit.Pending<DecisionBatch.Entry, DeviceRecord>> batch) {
        Map<String, DeviceRecord> recorded;
        try {
            recorded = DecisionBatch.write(jdbi, batch.stream().map(GroupCommit.Pending::item).toList());
        } catch (RuntimeException e) {
            one(batch);
            return;
        }
        for (var p : batch) {
            DeviceRecord r = recorded.get(p.item().enrolment().instanceId());
            if (r == null) {
                p.result().completeExceptionally(new IllegalStateException("the device was not recorded"));
            } else {
                p.result().complete(r);
            }
        }
    }

    private void one(List<GroupCommit.Pending<DecisionBatch.Entry, DeviceRecord>> batch) {
        for (var p : batch) {
            try {
                DecisionBatch.Entry e = p.item();
                p.result().complete(Devices.using(jdbi).record(e.enrolment(), e.decision(), e.kind(), e.trigger()));
            } catch (RuntimeException ex) {
                p.result().completeExceptionally(ex);
            }
        }
    }
}
