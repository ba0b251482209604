package org.trustbricks.mudmanager.profile;

/** Told how far a long profiling run has got. */
@FunctionalInterface
public interface ProgressListener {

    /** Does nothing. */
    ProgressListener NONE = (done, total, packets) -> { };

    /** Called periodically with bytes read so far, the total bytes of all captures, and packets read. */
    void progress(long bytesDone, long bytesTotal, long packets);

    /** Called periodically with progress and the number of flows of the device found so far. */
    default void progress(long bytesDone, long bytesTotal, long packets, long flows) {
        progress(bytesDone, bytesTotal, packets);
    }
}
