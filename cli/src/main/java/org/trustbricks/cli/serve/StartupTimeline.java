package org.trustbricks.cli.serve;

import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * When each start-up step ended, in milliseconds since the JVM started, with the process's CPU time so far: logged
 * once the platform is ready, so that a slow start can be attributed to a step even on a loaded machine.
 */
final class StartupTimeline {

    private final ProcessHandle self = ProcessHandle.current();
    private final List<Step> steps = new ArrayList<>();

    private record Step(String name, long endedAtMillis, long cpuMillis) {
    }

    StartupTimeline() {
        mark("main");
    }

    /** Records that a step has just ended. */
    void mark(String step) {
        steps.add(new Step(step, System.currentTimeMillis(), self.info().totalCpuDuration().map(Duration::toMillis).orElse(-1L)));
    }

    /** "main 180 ms (cpu 250 ms), database 900 ms (cpu 700 ms), …"; reads the JVM's start time only now, off the critical path. */
    String describe() {
        long jvmStart = ManagementFactory.getRuntimeMXBean().getStartTime();
        return String.join(", ", steps.stream()
                .map(s -> s.name() + " " + (s.endedAtMillis() - jvmStart) + " ms (cpu " + s.cpuMillis() + " ms)").toList());
    }
}
