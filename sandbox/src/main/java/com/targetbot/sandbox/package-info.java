/**
 * Local stand-ins for the outside SaaS TargetBot talks to: the Telegram Bot API and the Meta Graph API, served
 * over their real HTTP protocols so that unmodified clients (telegrambots, our Graph client) run against them in
 * tests and in the demo mode. State lives in memory; a restart is a fresh outside world.
 */
@NullMarked
package com.targetbot.sandbox;

import org.jspecify.annotations.NullMarked;
