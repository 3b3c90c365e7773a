package com.targetbot.kit.web;

/**
 * One wrong field of a request, as listed in a 400 problem's {@code errors}: the one shape every service and
 * the gateway answer with. Clients translate by {@link FieldErrorCode}; the message is for people reading logs
 * and API responses.
 *
 * @param field the request field, query parameter or header that is wrong ({@code body} for the whole body)
 * @param code what kind of wrong it is
 * @param message what is wrong, in English
 */
public record FieldError(String field, FieldErrorCode code, String message) {}
