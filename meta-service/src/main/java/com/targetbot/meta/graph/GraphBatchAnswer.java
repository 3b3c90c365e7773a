package com.targetbot.meta.graph;

import org.jspecify.annotations.Nullable;

/**
 * One operation's answer in a Graph batch: its HTTP status and its body, a JSON document encoded as a string.
 *
 * @param code the operation's HTTP status
 * @param body the operation's JSON body as text
 */
record GraphBatchAnswer(int code, @Nullable String body) {}
