package com.targetbot.leads.query;

import com.targetbot.events.leads.PhoneNumbers;
import java.util.Locale;
import java.util.regex.Pattern;
import org.springframework.stereotype.Component;

/**
 * What a search box's text ({@code q}) stands for: a lead's short number ({@code 1042}, {@code №1042}), an
 * e-mail, a phone as people type it ({@code 8 999 123-45-67}, read by the one phone rule of {@link PhoneNumbers}),
 * or else words of a name. Each is answered from its own index.
 */
@Component
class LeadSearch {

    /** Up to nine digits: more are a phone (a Russian mobile has ten without its prefix). */
    private static final Pattern NUMBER = Pattern.compile("[№#]?\\s*([0-9]{1,9})");

    private static final Pattern PHONE = Pattern.compile("[0-9+()\\-.\\s]*[0-9][0-9+()\\-.\\s]*");

    private final PhoneNumbers phones;

    LeadSearch(PhoneNumbers phones) {
        this.phones = phones;
    }

    sealed interface Term {}

    record Number(long value) implements Term {}

    record Phone(String e164) implements Term {}

    record Email(String address) implements Term {}

    record Name(String text) implements Term {}

    Term parse(String q) {
        String text = q.strip();
        var number = NUMBER.matcher(text);
        if (number.matches()) {
            return new Number(Long.parseLong(number.group(1)));
        }
        if (text.contains("@")) {
            return new Email(text.toLowerCase(Locale.ROOT));
        }
        if (PHONE.matcher(text).matches()) {
            // A number the phone rule refuses is still looked up by its digits: it then simply matches nothing.
            return new Phone(phones.toE164(text).orElseGet(() -> ListRequest.e164(text)));
        }
        return new Name(text);
    }
}
