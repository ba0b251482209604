package org.trustbricks.cli.mud;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Arrays;

/** Reads input files for the mud commands with a size limit, so a huge file is refused instead of loaded. */
final class MudFiles {

    /** Largest file any mud command reads. */
    static final int MAX_BYTES = 4 << 20;

    private MudFiles() {
    }

    /** The file's bytes; an IOException with a plain message when it cannot be read or is too large. */
    static byte[] read(Path file) throws IOException {
        // One open, one size query and (mostly) one read: batch validation reads thousands of small files.
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
            long size = channel.size();
            if (size > MAX_BYTES) {
                throw new IOException(file + ": larger than " + MAX_BYTES + " bytes");
            }
            ByteBuffer buffer = ByteBuffer.allocate((int) size);
            while (buffer.hasRemaining() && channel.read(buffer) >= 0) {
                // a file may deliver fewer bytes per read than it holds
            }
            return buffer.position() == buffer.capacity() ? buffer.array() : Arrays.copyOf(buffer.array(), buffer.position());
        } catch (NoSuchFileException e) {
            throw new IOException(file + ": no such file", e);
        } catch (IOException e) {
            if (Files.isDirectory(file)) {
                throw new IOException(file + ": is a directory, not a file", e);
            }
            throw e;
        }
    }
}
