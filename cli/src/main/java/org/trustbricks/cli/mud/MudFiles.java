package org.trustbricks.cli.mud;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/** Reads input files for the mud commands with a size limit, so a huge file is refused instead of loaded. */
final class MudFiles {

    /** Largest file any mud command reads. */
    static final int MAX_BYTES = 4 << 20;

    private MudFiles() {
    }

    /** The file's bytes; an IOException with a plain message when it cannot be read or is too large. */
    static byte[] read(Path file) throws IOException {
        if (!Files.isRegularFile(file)) {
            throw new IOException(file + ": no such file");
        }
        try (InputStream in = Files.newInputStream(file)) {
            byte[] bytes = in.readNBytes(MAX_BYTES + 1);
            if (bytes.length > MAX_BYTES) {
                throw new IOException(file + ": larger than " + MAX_BYTES + " bytes");
            }
            return bytes;
        }
    }
}
