package com.targetbot.events.leads;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.PhoneNumberUtil.PhoneNumberFormat;
import com.google.i18n.phonenumbers.Phonenumber.PhoneNumber;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The one rule for a lead's phone number, applied wherever a lead is typed in (the gateway's REST API and the
 * bot), because leads-service finds duplicates by the E.164 form:
 *
 * <ul>
 *   <li>a number with its country code ({@code +44 20 7946 0958}) is read as such;
 *   <li>a number without one is read in the agency's region ({@code targetbot.agency.phone-region}), national prefix
 *       included ({@code 8 (912) 345-67-89} in Russia);
 *   <li>digits only that are no number of the region are read as international without the plus, the way
 *       Telegram shares contacts ({@code 4915123456789});
 *   <li>spaces, dashes, dots and brackets are ignored; letters and other signs are refused, not guessed;
 *   <li>the result must be a valid number of its country.
 * </ul>
 */
public final class PhoneNumbers {

    private static final PhoneNumberUtil UTIL = PhoneNumberUtil.getInstance();
    private static final Pattern ALLOWED = Pattern.compile("\\+?[0-9 ()\\-.]+");
    private static final Pattern SEPARATORS = Pattern.compile("[ ()\\-.]");
    private static final int MAX_TYPED = 40;
    // The shortest valid number in any numbering plan has this many digits; fewer cannot be one.
    private static final int MIN_DIGITS = 5;

    private final String region;

    /**
     * @param region the ISO 3166 alpha-2 region of numbers typed without a country code
     * @throws IllegalArgumentException when libphonenumber does not know the region
     */
    public PhoneNumbers(String region) {
        String upper = region.toUpperCase(Locale.ROOT);
        if (!UTIL.getSupportedRegions().contains(upper)) {
            throw new IllegalArgumentException("unknown phone region '" + region + "'");
        }
        this.region = upper;
    }

    /** What became of a typed number. */
    public sealed interface Result {}

    /** @param e164 the number in E.164, e.g. {@code +79123456789} */
    public record Normalised(String e164) implements Result {}

    /** @param reason why the text is no phone number */
    public record Rejected(Reason reason) implements Result {}

    /** Why a text is not taken as a phone number; {@link #text()} is the English explanation. */
    public enum Reason {
        EMPTY("is empty"),
        NOT_A_NUMBER("may hold only digits, spaces, dashes, brackets and a leading +"),
        TOO_SHORT("has too few digits"),
        TOO_LONG("has too many digits"),
        INVALID("is not a valid number of its country");

        private final String text;

        Reason(String text) {
            this.text = text;
        }

        public String text() {
            return text;
        }
    }

    /** The number as E.164, or why it is not one. */
    public Result normalise(String typed) {
        String text = typed.strip();
        if (text.isEmpty()) {
            return new Rejected(Reason.EMPTY);
        }
        if (text.length() > MAX_TYPED) {
            return new Rejected(Reason.TOO_LONG);
        }
        if (!ALLOWED.matcher(text).matches()) {
            return new Rejected(Reason.NOT_A_NUMBER);
        }
        String digits = SEPARATORS.matcher(text).replaceAll("").replace("+", "");
        if (digits.length() < MIN_DIGITS) {
            return new Rejected(Reason.TOO_SHORT);
        }
        Result asTyped = parse(text);
        if (asTyped instanceof Rejected && !text.startsWith("+")) {
            Result international = parse("+" + digits);
            return international instanceof Normalised ? international : asTyped;
        }
        return asTyped;
    }

    /** The number as E.164 when it is one. A shorthand for callers that need no reason. */
    public Optional<String> toE164(String typed) {
        return normalise(typed) instanceof Normalised(String e164) ? Optional.of(e164) : Optional.empty();
    }

    private Result parse(String text) {
        try {
            PhoneNumber number = UTIL.parse(text, region);
            return switch (UTIL.isPossibleNumberWithReason(number)) {
                case TOO_SHORT -> new Rejected(Reason.TOO_SHORT);
                case TOO_LONG -> new Rejected(Reason.TOO_LONG);
                default ->
                    UTIL.isValidNumber(number)
                            ? new Normalised(Objects.requireNonNull(UTIL.format(number, PhoneNumberFormat.E164)))
                            : new Rejected(Reason.INVALID);
            };
        } catch (NumberParseException e) {
            return new Rejected(
                    switch (e.getErrorType()) {
                        case TOO_SHORT_NSN, TOO_SHORT_AFTER_IDD -> Reason.TOO_SHORT;
                        case TOO_LONG -> Reason.TOO_LONG;
                        default -> Reason.INVALID;
                    });
        }
    }
}
