package org.trustbricks.cli.serve;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * When each start-up step ended, in milliseconds since the JVM started, with the process's CPU time so far: logged
 * once the platform is ready, so that a slow start can be attributed to a step even on a loaded machine.
 */
final class StartupTimeline {

    private final ProcessHandle self = ProcessHandle.current();
    private final Instant jvmStart = self.info().startInstant().orElse(Instant.now());
    private final List<String> steps = new ArrayList<>();

    StartupTimeline() {
        mark("main");
    }

    /** Records that a step has just ended. */
    void mark(String step) {
        long cpu = self.info().totalCpuDuration().map(Duration::toMillis).orElse(-1L);
        steps.add(step + " " + Duration.between(jvmStart, Instant.now()).toMillis() + " ms (cpu " + cpu + " ms)");
    }

    /** "main 180 ms (cpu 250 ms), database 900 ms (cpu 700 ms), …". */
    String describe() {
        return String.join(", ", steps);
    }
}
