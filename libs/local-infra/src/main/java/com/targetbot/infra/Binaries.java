package com.targetbot.infra;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/** Finds executables on the PATH, failing with the command that installs a missing one. */
public final class Binaries {

    private Binaries() {}

    public static Path require(String name, String installHint) {
        return find(name)
                .orElseThrow(() -> new InfrastructureException(
                        name + " is not installed (needed for real local infrastructure): run `" + installHint + "`"));
    }

    static Optional<Path> find(String name) {
        String path = System.getenv().getOrDefault("PATH", "");
        for (String dir : path.split(File.pathSeparator)) {
            Path candidate = Path.of(dir, name);
            if (Files.isExecutable(candidate)) {
                return Optional.of(candidate);
            }
        }
        for (String dir : new String[] {"/usr/bin", "/usr/local/bin", "/usr/sbin"}) {
            Path candidate = Path.of(dir, name);
            if (Files.isExecutable(candidate)) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }
}
