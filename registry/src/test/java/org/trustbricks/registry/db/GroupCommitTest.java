package org.trustbricks.registry.db;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

class GroupCommitTest {

    @Test
    void concurrent_submissions_are_committed_together_and_each_caller_gets_its_own_result() throws Exception {
        List<Integer> batchSizes = Collections.synchronizedList(new ArrayList<>());
        GroupCommit<Integer, Integer> group = GroupCommit.of("test-commit", Duration.ofMillis(200), 100, 2, batch -> {
            batchSizes.add(batch.size());
            batch.forEach(p -> p.result().complete(p.item() * 10));
        });
        List<Future<Integer>> results = new ArrayList<>();
        try (ExecutorService callers = Executors.newVirtualThreadPerTaskExecutor()) {
            for (int i = 0; i < 20; i++) {
                int n = i;
                results.add(callers.submit(() -> group.submit(n)));
            }
        }
        for (int i = 0; i < 20; i++) {
            assertThat(results.get(i).get()).isEqualTo(i * 10);
        }
        assertThat(batchSizes.stream().mapToInt(Integer::intValue).sum()).isEqualTo(20);
        assertThat(batchSizes.size()).as("batches for 20 concurrent callers within a 200 ms window").isLessThan(20);
    }

    @Test
    void a_keyed_batch_holds_one_item_per_key_and_commits_a_key_in_submission_order() throws Exception {
        List<List<String>> batches = Collections.synchronizedList(new ArrayList<>());
        GroupCommit<String, String> group = GroupCommit.onePerKey("test-commit", Duration.ofMillis(200), 100,
                item -> item.substring(0, 1), batch -> {
                    batches.add(batch.stream().map(GroupCommit.Pending::item).toList());
                    batch.forEach(p -> p.result().complete(p.item()));
                });
        try (ExecutorService callers = Executors.newVirtualThreadPerTaskExecutor()) {
            for (String item : List.of("a1", "b1", "a2", "a3", "b2")) {
                callers.submit(() -> group.submit(item));
                Thread.sleep(5);
            }
        }
        List<String> order = new ArrayList<>();
        for (List<String> batch : batches) {
            assertThat(batch.stream().map(s -> s.substring(0, 1)).distinct().count()).as(batch.toString()).isEqualTo(batch.size());
            order.addAll(batch);
        }
        assertThat(order).containsExactlyInAnyOrder("a1", "b1", "a2", "a3", "b2");
        assertThat(order.stream().filter(s -> s.startsWith("a")).toList()).containsExactly("a1", "a2", "a3");
        assertThat(order.stream().filter(s -> s.startsWith("b")).toList()).containsExactly("b1", "b2");
    }

    @Test
    void a_failing_commit_fails_its_callers_and_the_next_submission_is_committed() {
        GroupCommit<String, String> group = GroupCommit.of("test-commit", Duration.ofMillis(1), 10, 1, batch -> {
            if (batch.getFirst().item().equals("bad")) {
                throw new IllegalStateException("the statement failed");
            }
            batch.forEach(p -> p.result().complete("ok " + p.item()));
        });
        assertThatThrownBy(() -> group.submit("bad")).isInstanceOf(IllegalStateException.class).hasMessage("the statement failed");
        assertThat(group.submit("good")).isEqualTo("ok good");
    }

    @Test
    void an_error_in_a_commit_reaches_its_caller_and_a_new_thread_serves_the_next_one() {
        GroupCommit<String, String> group = GroupCommit.of("test-commit", Duration.ofMillis(1), 10, 1, batch -> {
            if (batch.getFirst().item().equals("fatal")) {
                throw new OutOfMemoryError("simulated");
            }
            batch.forEach(p -> p.result().complete("ok " + p.item()));
        });
        assertThatThrownBy(() -> group.submit("fatal")).hasRootCauseInstanceOf(OutOfMemoryError.class);
        assertThat(group.submit("next")).isEqualTo("ok next");
    }
}
