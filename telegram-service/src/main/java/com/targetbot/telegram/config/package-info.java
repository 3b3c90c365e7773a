/**
 * Settings of the bot's connection to the Bot API that both the outbound sender and long polling use:
 * the token, the API address (the sandbox locally) and how updates arrive.
 */
@NullMarked
package com.targetbot.telegram.config;

import org.jspecify.annotations.NullMarked;
