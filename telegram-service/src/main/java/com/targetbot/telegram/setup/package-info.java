/**
 * What the bot sets up with Telegram when it starts: the command menu in each language
 * ({@code setMyCommands}) and, in webhook mode with a public URL, the webhook, re-checked periodically with
 * {@code getWebhookInfo} and repaired when it drifted (another deployment, a manual change).
 */
@NullMarked
package com.targetbot.telegram.setup;

import org.jspecify.annotations.NullMarked;
