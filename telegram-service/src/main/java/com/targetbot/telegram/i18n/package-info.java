/**
 * The bot's texts in Russian and English: the language follows the user's Telegram {@code language_code},
 * the texts live in the {@code messages_ru} / {@code messages_en} bundles with identical keys.
 */
@NullMarked
package com.targetbot.telegram.i18n;

import org.jspecify.annotations.NullMarked;
