package org.trustbricks.web.manager;

import io.javalin.http.Context;
import jakarta.servlet.MultipartConfigElement;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.Semaphore;
import java.util.stream.Stream;
import org.trustbricks.mudmanager.MudManager;
import org.trustbricks.mudmanager.profile.ProfileResult;
import org.trustbricks.mudmanager.profile.ProfilerOptions;
import org.trustbricks.mudmanager.profile.ProgressListener;
import org.trustbricks.web.system.ApiException;
import org.trustbricks.web.system.UploadLimits;
import org.trustbricks.web.system.ErrorHandling;

/**
 * Runs the traffic profiler on uploaded captures: multipart parts {@code capture} (one or more pcap/pcapng files,
 * each at most {@link #MAX_CAPTURE} bytes, {@link #MAX_TOTAL} in all), {@code device} (MAC or IP) and optional
 * {@code mudUrl}. Uploads are streamed to a private temporary directory that is deleted afterwards; at most
 * {@link #CONCURRENT} runs at once.
 */
final class Profiling {

    static final long MAX_CAPTURE = UploadLimits.CAPTURE_BYTES;
    static final long MAX_TOTAL = UploadLimits.CAPTURES_TOTAL_BYTES;
    static final int MAX_CAPTURES = 8;
    static final int CONCURRENT = 2;
    private static final String JETTY_MULTIPART = UploadLimits.JETTY_MULTIPART;

    private final Semaphore slots = new Semaphore(CONCURRENT);

    /** The captures, fields and private directory of one upload. */
    record Upload(Path dir, List<Path> files, List<String> names, String device, ProfilerOptions options, long bytes) {
    }

    /** The profile of the request's captures; 400/413/429 for bad, oversized or too many concurrent uploads. */
    ProfileResponse run(Context ctx) throws IOException {
        Upload upload = receive(ctx);
        try {
            return ProfileResponse.of(profile(upload, ProgressListener.NONE), upload.names());
        } finally {
            release(upload);
        }
    }

    /**
     * Takes the upload (a profiler slot, the captures streamed to a private directory); the caller must
     * {@link #release(Upload)} it once profiled.
     */
    Upload receive(Context ctx) throws IOException {
        String type = ctx.contentType();
        if (type == null || !type.startsWith("multipart/form-data")) {
            throw ApiException.unsupportedMediaType("send the captures as multipart/form-data (parts capture, device, mudUrl)");
        }
        if (ctx.contentLength() > MAX_TOTAL) {
            throw ApiException.tooLarge(MAX_TOTAL);
        }
        if (!slots.tryAcquire()) {
            throw ApiException.tooManyRequests("the profiler is busy with other uploads; try again in a minute");
        }
        Path dir = null;
        try {
            dir = Files.createTempDirectory("tb-profile-");
            return read(ctx, dir);
        } catch (IOException | RuntimeException e) {
            slots.release();
            if (dir != null) {
                delete(dir);
            }
            throw e;
        }
    }

    /** Frees the upload's slot and deletes its captures. */
    void release(Upload upload) {
        slots.release();
        delete(upload.dir());
    }

    /** Profiles an upload, telling {@code progress} how far it got. */
    static ProfileResult profile(Upload upload, ProgressListener progress) throws IOException {
        try {
            return MudManager.profile(upload.files(), upload.device(), upload.options(), progress);
        } catch (IllegalArgumentException e) {
            throw ApiException.badRequest("device must be a MAC or an IP address", ErrorHandling.field("device", e.getMessage()));
        }
    }

    private Upload read(Context ctx, Path dir) throws IOException {
        if (ctx.req().getAttribute(JETTY_MULTIPART) == null) {
            ctx.req().setAttribute(JETTY_MULTIPART, new MultipartConfigElement(dir.toString(), MAX_CAPTURE, MAX_TOTAL, 1 << 20));
        }
        Collection<Part> parts;
        try {
            parts = ctx.req().getParts();
        } catch (Exception e) {
            throw tooLargeOrMalformed(e);
        }
        List<Path> files = new ArrayList<>();
        List<String> names = new ArrayList<>();
        String device = null;
        String mudUrl = null;
        long total = 0;
        for (Part p : parts) {
            switch (p.getName()) {
                case "capture" -> {
                    if (p.getSize() > MAX_CAPTURE) {
                        throw ApiException.tooLarge(MAX_CAPTURE);
                    }
                    total += p.getSize();
                    if (total > MAX_TOTAL) {
                        throw ApiException.tooLarge(MAX_TOTAL);
                    }
                    if (files.size() == MAX_CAPTURES) {
                        throw ApiException.badRequest("at most " + MAX_CAPTURES + " captures per upload",
                                ErrorHandling.field("capture", "too many files"));
                    }
                    Path f = dir.resolve("capture-" + files.size());
                    copy(p, f);
                    files.add(f);
                    names.add(displayName(p.getSubmittedFileName(), files.size()));
                }
                case "device" -> device = text(p, "device");
                case "mudUrl" -> mudUrl = text(p, "mudUrl");
                default -> { }
            }
        }
        if (files.isEmpty()) {
            throw ApiException.badRequest("upload at least one pcap or pcapng capture", ErrorHandling.field("capture", "required"));
        }
        ProfilerOptions options = options(device, mudUrl);
        return new Upload(dir, files, names, device.strip(), options, total);
    }

    private static ProfilerOptions options(String device, String mudUrl) {
        if (device == null || device.isBlank()) {
            throw ApiException.badRequest("name the device by MAC or IP address", ErrorHandling.field("device", "required"));
        }
        ProfilerOptions o = ProfilerOptions.defaults();
        if (mudUrl != null && !mudUrl.isBlank()) {
            String u = mudUrl.strip();
            if (!u.startsWith("https://") || u.length() > 2048 || u.chars().anyMatch(c -> c <= ' ')) {
                throw ApiException.badRequest("the MUD URL must be an https URL", ErrorHandling.field("mudUrl", "expected https://…"));
            }
            o = o.withMudUrl(u);
        }
        return o;
    }

    private static void copy(Part p, Path target) throws IOException {
        try (InputStream in = p.getInputStream(); OutputStream out = Files.newOutputStream(target)) {
            byte[] buf = new byte[64 << 10];
            long copied = 0;
            for (int n; (n = in.read(buf)) > 0; ) {
                copied += n;
                if (copied > MAX_CAPTURE) {
                    throw ApiException.tooLarge(MAX_CAPTURE);
                }
                out.write(buf, 0, n);
            }
        }
    }

    private static String text(Part p, String name) throws IOException {
        if (p.getSize() > 4096) {
            throw ApiException.badRequest(name + " is too long", ErrorHandling.field(name, "at most 4096 bytes"));
        }
        try (InputStream in = p.getInputStream()) {
            return new String(in.readNBytes(4096), StandardCharsets.UTF_8);
        }
    }

    private static String displayName(String submitted, int index) {
        if (submitted == null || submitted.isBlank()) {
            return "capture " + index;
        }
        String base = submitted.replace('\\', '/');
        base = base.substring(base.lastIndexOf('/') + 1).replaceAll("[^A-Za-z0-9._ -]", "_");
        return base.length() > 100 ? base.substring(0, 100) : base;
    }

    private static ApiException tooLargeOrMalformed(Exception e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            String m = String.valueOf(t.getMessage()).toLowerCase(java.util.Locale.ROOT);
            if (m.contains("exceeds") || m.contains("too large") || m.contains("max") && m.contains("size")) {
                return ApiException.tooLarge(MAX_CAPTURE);
            }
        }
        return ApiException.badRequest("the multipart body could not be read");
    }

    private static void delete(Path dir) {
        try (Stream<Path> walk = Files.walk(dir)) {
            walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            dir.toFile().deleteOnExit();
        }
    }
}
