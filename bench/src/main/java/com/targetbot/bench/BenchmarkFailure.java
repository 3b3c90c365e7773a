package com.targetbot.bench;

/** A benchmark whose result must not count: a request was refused or lost, or the setup broke. */
final class BenchmarkFailure extends RuntimeException {

    BenchmarkFailure(String message) {
        super(message);
    }
}
