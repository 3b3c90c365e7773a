package com.targetbot.gateway.web;

/** Body of a 202 answer to a write: the id chosen here, to follow at the {@code Location}. */
public record Accepted(String id, String status) {

    public static Accepted of(String id) {
        return new Accepted(id, "accepted");
    }
}
