/**
 * Benchmarks of TargetBot, each measured against a baseline on the same machine in the same run and
 * reported as a ratio with throughput and latency percentiles. They are command-line mains run by
 * {@code ./targetbot bench}, never tests: timing on a shared build machine proves nothing in a test run.
 */
@NullMarked
package com.targetbot.bench;

import org.jspecify.annotations.NullMarked;
