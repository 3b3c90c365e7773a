package com.targetbot.gateway.auth;

import com.targetbot.gateway.web.Requester;

/** The admin behind a session; one that must change its password may do nothing else yet. */
public record AdminPrincipal(String username, AdminRole role, boolean mustChangePassword) implements Requester {

    /** The only authority of a session whose password must be changed first. */
    public static final String PASSWORD_CHANGE_REQUIRED = "PASSWORD_CHANGE_REQUIRED";

    @Override
    public String requesterId() {
        return "admin:" + username;
    }
}
