package com.targetbot.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.stream.Stream;

/**
 * Where a benchmark ran: figures mean nothing without the machine they came from.
 *
 * @param loadAverage the one-minute load average when the runs began: other work on the machine
 *     slows both targets and is worth knowing when comparing reports
 */
record MachineFacts(int cores, String cpu, String jdk, String os, double loadAverage, OffsetDateTime date) {

    static MachineFacts current() {
        return new MachineFacts(
                Runtime.getRuntime().availableProcessors(),
                cpuModel(),
                System.getProperty("java.vm.name") + " " + System.getProperty("java.runtime.version"),
                System.getProperty("os.name") + " " + System.getProperty("os.version") + " "
                        + System.getProperty("os.arch"),
                ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(),
                OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.SECONDS));
    }

    /** The report's closing line: {@code Machine: 2 cores (…), <JDK>, <OS>, load average …, <date>.} */
    String markdown() {
        return Markdown.line(
                "Machine: %d cores (%s), %s, %s, load average %.2f at the start, %s.",
                cores, cpu, jdk, os, loadAverage, date);
    }

    private static String cpuModel() {
        Path cpuinfo = Path.of("/proc/cpuinfo");
        if (!Files.isReadable(cpuinfo)) {
            return "unknown CPU";
        }
        try (Stream<String> lines = Files.lines(cpuinfo)) {
            return lines.filter(line -> line.startsWith("model name"))
                    .map(line -> line.substring(line.indexOf(':') + 1).trim())
                    .findFirst()
                    .orElse("unknown CPU");
        } catch (IOException e) {
            return "unknown CPU";
        }
    }
}
