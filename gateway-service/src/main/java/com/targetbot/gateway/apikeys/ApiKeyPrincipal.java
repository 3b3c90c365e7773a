package com.targetbot.gateway.apikeys;

import com.targetbot.gateway.web.Requester;
import java.util.Set;

/** The integration behind a request authenticated by an API key, named by the key's public prefix. */
record ApiKeyPrincipal(String prefix, String label, Set<Scope> scopes) implements Requester {

    @Override
    public String requesterId() {
        return "api-key:" + prefix;
    }
}
