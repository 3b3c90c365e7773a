package com.targetbot.gateway.web;

/**
 * Who made a request, as written into commands ({@code requestedBy}) and forwarded to services: the
 * principal of every authentication the gateway creates implements it.
 */
public interface Requester {

    /** The header that tells a service behind the gateway who asks; services never see credentials. */
    String HEADER = "X-TargetBot-Principal";

    /** {@code api-key:<prefix>} or {@code admin:<username>}. */
    String requesterId();
}
