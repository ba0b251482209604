package org.trustbricks.cli.demo;

/** The demo could not go on; the message says why in one line. */
final class DemoFailedException extends Exception {

    private DemoFailedException(String message) {
        super(message, null, false, false);
    }

    static DemoFailedException because(String message) {
        return new DemoFailedException(message);
    }
}
