package org.trustbricks.registry.mudmanager;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A traffic profile run as any instance sees it.
 *
 * @param id         the job id
 * @param state      RUNNING, DONE, FAILED, or LOST (running, but its instance stopped reporting)
 * @param instance   the instance that runs it
 * @param bytesTotal bytes of all captures
 * @param bytesDone  bytes read so far
 * @param packets    packets read so far
 * @param flows      flows of the device found so far
 * @param captures   capture names as uploaded
 * @param result     the profile (JSON) when DONE, else null
 * @param error      why it failed, when FAILED or LOST
 * @param createdAt  when it started
 * @param updatedAt  last progress report
 */
public record ProfileJob(UUID id, String state, String instance, long bytesTotal, long bytesDone, long packets, long flows,
        List<String> captures, String result, String error, Instant createdAt, Instant updatedAt) {

    public ProfileJob {
        captures = List.copyOf(captures);
    }

    /** True once the job will not change any more. */
    public boolean finished() {
        return !"RUNNING".equals(state);
    }
}
