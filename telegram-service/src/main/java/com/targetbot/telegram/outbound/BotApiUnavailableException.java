package com.targetbot.telegram.outbound;

/** The Bot API could not be reached or failed on its side: the send is worth retrying. */
class BotApiUnavailableException extends RuntimeException {

    BotApiUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
