/**
 * The Graph API client: every call signed with {@code appsecret_proof}, cursor paging followed to the
 * last page, Graph error JSON mapped to {@link com.targetbot.meta.graph.GraphApiException} (throttling
 * marked retryable) and the {@code X-App-Usage} header exposed as a gauge. Tokens never leave it in
 * messages or logs.
 */
@NullMarked
package com.targetbot.meta.graph;

import org.jspecify.annotations.NullMarked;
