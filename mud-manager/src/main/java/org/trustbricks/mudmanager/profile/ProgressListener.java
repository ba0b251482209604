package org.trustbricks.mudmanager.profile;

/** Told how far a long profiling run has got. */
@FunctionalInterface
public interface ProgressListener {

    /** Does nothing. */
    ProgressListener NONE = (done, total, packets) -> { };

    /** Called periodically with bytes read so far, the total bytes of all captures, and packets read. */
    void progress(long bytesDone, long bytesTotal, long packets);
}
