package com.targetbot.events.leads;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Who the lead is and how to reach them.
 *
 * @param name contact name
 * @param phone phone number in E.164 (see {@link PhoneNumbers}), when given
 * @param email e-mail address, when given
 */
public record Contact(
        String name, @Nullable String phone, @Nullable String email) {

    public Contact {
        Objects.requireNonNull(name, "name");
    }
}
