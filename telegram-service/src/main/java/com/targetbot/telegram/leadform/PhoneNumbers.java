package com.targetbot.telegram.leadform;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import java.util.Optional;

/** Phone numbers as users type them (or Telegram shares them) into E.164, with Google's libphonenumber. */
final class PhoneNumbers {

    // The agency's users are mostly Russian: a number typed without a country code is read as Russian.
    private static final String DEFAULT_REGION = "RU";
    private static final PhoneNumberUtil UTIL = PhoneNumberUtil.getInstance();

    private PhoneNumbers() {}

    /** The number in E.164 ({@code +79991234567}) when it is a valid number, else empty. */
    static Optional<String> toE164(String raw) {
        String text = raw.strip();
        if (text.isEmpty() || text.length() > 40) {
            return Optional.empty();
        }
        Optional<String> asTyped = parse(text);
        // Telegram shares contacts' numbers in international form without the plus sign.
        return asTyped.isEmpty() && text.chars().allMatch(Character::isDigit) ? parse("+" + text) : asTyped;
    }

    private static Optional<String> parse(String text) {
        try {
            var number = UTIL.parse(text, DEFAULT_REGION);
            return UTIL.isValidNumber(number)
                    ? Optional.of(UTIL.format(number, PhoneNumberUtil.PhoneNumberFormat.E164))
                    : Optional.empty();
        } catch (NumberParseException e) {
            return Optional.empty();
        }
    }
}
