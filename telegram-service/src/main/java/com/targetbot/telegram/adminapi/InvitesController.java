package com.targetbot.telegram.adminapi;

import com.targetbot.telegram.invites.BotUnknownException;
import com.targetbot.telegram.invites.Invite;
import com.targetbot.telegram.invites.Invites;
import java.time.Instant;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Invites for the admin panel: the outstanding ones, and the bot's username the gateway names in the links
 * it mints. Creating and revoking arrive as commands (AdminCommandsConsumer).
 */
@RestController
class InvitesController {

    record InviteView(String id, String role, Instant expiresAt, String createdBy) {

        static InviteView of(Invite invite) {
            return new InviteView(invite.id(), invite.role().value(), invite.expiresAt(), invite.createdBy());
        }
    }

    record InviteList(List<InviteView> items) {}

    record BotView(String username) {}

    private final Invites invites;

    InvitesController(Invites invites) {
        this.invites = invites;
    }

    @GetMapping("/telegram/invites")
    InviteList outstanding() {
        return new InviteList(invites.outstanding().stream().map(InviteView::of).toList());
    }

    @GetMapping("/telegram/bot")
    BotView bot() {
        return new BotView(invites.botUsername());
    }

    @ExceptionHandler(BotUnknownException.class)
    ProblemDetail botUnknown(BotUnknownException exception) {
        return ProblemDetail.forStatusAndDetail(HttpStatus.SERVICE_UNAVAILABLE, exception.getMessage());
    }
}
