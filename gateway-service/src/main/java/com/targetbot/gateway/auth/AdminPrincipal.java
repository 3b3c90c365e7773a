package com.targetbot.gateway.auth;

import com.targetbot.gateway.web.Requester;

/** The admin behind a session. */
record AdminPrincipal(String username, AdminRole role) implements Requester {

    @Override
    public String requesterId() {
        return "admin:" + username;
    }
}
