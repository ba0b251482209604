package org.trustbricks.cli.mud;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.BiPredicate;
import java.util.function.Function;
import org.trustbricks.mud.MudReport;

/**
 * Validates files on several threads and hands the reports over in the files' order, as soon as each is ready
 * (files are taken in chunks, so a report never waits for more than a chunk of later files).
 */
final class BatchValidation {

    private static final int CHUNK = 64;

    private BatchValidation() {
    }

    /** Runs {@code validate} on every file and {@code consume} on each report in file order; true when every consume said true. */
    static boolean run(List<Path> files, int threads, Function<Path, MudReport> validate, BiPredicate<Path, MudReport> consume) {
        int workers = Math.max(1, Math.min(threads, (files.size() + CHUNK - 1) / CHUNK));
        boolean all = true;
        if (workers == 1) {
            for (Path file : files) {
                all &= consume.test(file, validate.apply(file));
            }
            return all;
        }
        ExecutorService pool = Executors.newFixedThreadPool(workers, task -> {
            Thread t = new Thread(task, "mud-validate");
            t.setDaemon(true);
            return t;
        });
        try {
            List<Future<MudReport[]>> chunks = new ArrayList<>();
            for (int from = 0; from < files.size(); from += CHUNK) {
                List<Path> chunk = files.subList(from, Math.min(files.size(), from + CHUNK));
                chunks.add(pool.submit(() -> {
                    MudReport[] reports = new MudReport[chunk.size()];
                    for (int i = 0; i < reports.length; i++) {
                        reports[i] = validate.apply(chunk.get(i));
                    }
                    return reports;
                }));
            }
            for (int c = 0; c < chunks.size(); c++) {
                MudReport[] reports = chunks.get(c).get();
                chunks.set(c, null);
                for (int i = 0; i < reports.length; i++) {
                    all &= consume.test(files.get(c * CHUNK + i), reports[i]);
                }
            }
            return all;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while validating", e);
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
        } finally {
            pool.shutdownNow();
        }
    }
}
