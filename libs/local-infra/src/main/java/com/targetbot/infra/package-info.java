/**
 * Real infrastructure as local processes: {@code redis-server} and an S3 server (s3proxy), each on a
 * port of its own, stopped by PID. Used by the test fixtures and by the local stack launcher, so there
 * is one way to start them.
 */
@NullMarked
package com.targetbot.infra;

import org.jspecify.annotations.NullMarked;
