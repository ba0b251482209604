package org.trustbricks.common.testing;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Locates the public test corpus ({@code ../shared} beside the checkout). Tests that use it call
 * {@link #require(String)}, which skips the test cleanly when the corpus is absent.
 */
public final class SharedCorpus {

    private SharedCorpus() {
    }

    /** The shared folder, or null when it is not present. */
    public static Path root() {
        String configured = System.getProperty("trustbricks.shared.dir");
        if (configured != null && Files.isDirectory(Path.of(configured))) {
            return Path.of(configured).normalize();
        }
        Path dir = Path.of("").toAbsolutePath();
        for (int i = 0; i < 4 && dir != null; i++, dir = dir.getParent()) {
            Path candidate = dir.resolveSibling("shared");
            if (Files.isDirectory(candidate.resolve("corpus"))) {
                return candidate;
            }
        }
        return null;
    }

    /** A path under the shared folder; skips the calling test when it is not there. */
    public static Path require(String relative) {
        Path root = root();
        assumeTrue(root != null, "the shared test corpus (../shared) is not present");
        Path p = root.resolve(relative);
        assumeTrue(Files.exists(p), "the shared test corpus has no " + relative);
        return p;
    }
}
