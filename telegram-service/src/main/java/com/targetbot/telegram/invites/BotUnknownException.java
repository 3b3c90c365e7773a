package com.targetbot.telegram.invites;

/** The bot's username is neither configured nor could Telegram be asked for it: no link can be made. */
public class BotUnknownException extends RuntimeException {

    BotUnknownException(String message, Throwable cause) {
        super(message, cause);
    }
}
