/**
 * The local stack launcher: starts Kafka (KRaft), Redis, an S3 server, the sandbox and every service
 * as separate processes on this machine, waits until each is healthy, and stops them by PID. The
 * end-to-end tests start the same stack through {@link com.targetbot.stack.LocalStack}.
 */
@NullMarked
package com.targetbot.stack;

import org.jspecify.annotations.NullMarked;
