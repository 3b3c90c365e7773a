package com.targetbot.meta.tokens;

import com.targetbot.kit.web.NotFoundException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
class TokenController {

    private final TokenStatusRepository statuses;

    TokenController(TokenStatusRepository statuses) {
        this.statuses = statuses;
    }

    @GetMapping("/meta/token")
    TokenStatus token() {
        return statuses.find().orElseThrow(() -> new NotFoundException("The Meta token has not been checked yet"));
    }
}
