package org.trustbricks.cli.st;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Optional;
import org.trustbricks.cli.Output;
import org.trustbricks.sesip.st.StReader;

/** Reads a Security Target file for a command: at most one byte over the limit, with a one-line error otherwise. */
final class StDocument {

    private StDocument() {
    }

    /** The file's bytes, or empty after printing why it could not be read. */
    static Optional<byte[]> read(Path file, Output out) {
        try (InputStream in = Files.newInputStream(file)) {
            return Optional.of(in.readNBytes(StReader.MAX_BYTES + 1));
        } catch (NoSuchFileException e) {
            out.error(file + ": no such file");
        } catch (IOException e) {
            out.error(file + ": cannot be read (" + e.getClass().getSimpleName() + ": " + e.getMessage() + ")");
        }
        return Optional.empty();
    }

    /** The file name used in findings. */
    static String name(Path file) {
        Path name = file.getFileName();
        return name == null ? file.toString() : name.toString();
    }
}
