package com.targetbot.infra;

import java.nio.file.Path;

/** The java binary of the running JVM, used to start further JVM processes of the same version. */
public final class JavaRuntime {

    private JavaRuntime() {}

    public static Path currentJavaBinary() {
        return Path.of(System.getProperty("java.home"), "bin", "java");
    }
}
