package com.targetbot.bench;

import com.targetbot.infra.InfrastructureException;
import com.targetbot.stack.LocalStack;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.function.Supplier;
import java.util.stream.Stream;

/** What every benchmark's main does around its run: the report or the failure, a fresh work directory, the hook. */
final class Benchmarks {

    private Benchmarks() {}

    /** Prints the report the run returns; a failed run prints {@code BENCHMARK FAILED, no result: …} and exits 1. */
    @SuppressWarnings("java:S106") // a command-line tool reports on stdout
    static void report(Supplier<String> run) {
        try {
            String report = run.get();
            System.out.println();
            System.out.println(report);
        } catch (BenchmarkFailure | InfrastructureException | IllegalArgumentException e) {
            System.err.println();
            System.err.println("BENCHMARK FAILED, no result: " + e.getMessage());
            System.exit(1);
        }
    }

    /** A benchmark's body: starts what it needs under the work directory and returns its report. */
    @FunctionalInterface
    interface Body<R> {
        R run() throws IOException;
    }

    /**
     * Runs a benchmark in a fresh work directory; whatever it started there (recorded by pid files) is stopped when
     * it ends, and on Ctrl-C by a shutdown hook.
     */
    static <R> R inWorkDirectory(Path work, Body<R> body) {
        Thread cleanup = new Thread(() -> LocalStack.stopRecorded(work));
        Runtime.getRuntime().addShutdownHook(cleanup);
        try {
            fresh(work);
            return body.run();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            LocalStack.stopRecorded(work);
            removeHook(cleanup);
        }
    }

    /** Writes the report beside the work directory and says where. */
    @SuppressWarnings("java:S106")
    static void write(Path output, String markdown) throws IOException {
        Files.writeString(output, markdown);
        System.out.println("Written to " + output);
    }

    /** Leftovers of an interrupted earlier run are stopped (by their pid files) and wiped. */
    static void fresh(Path work) throws IOException {
        if (!Files.exists(work)) {
            return;
        }
        LocalStack.stopRecorded(work);
        try (Stream<Path> paths = Files.walk(work)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }

    /** Takes back the hook that stops the stack on Ctrl-C, once the run has stopped it itself. */
    static void removeHook(Thread hook) {
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException e) {
            // The JVM is already shutting down and runs the hook itself.
        }
    }
}
