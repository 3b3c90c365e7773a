package com.targetbot.gateway.auth;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The admin session's cookies.
 *
 * @param secure mark the session and CSRF cookies {@code Secure}; true wherever the gateway is reached over
 *     TLS (behind an ingress that terminates it too), false only for plain-HTTP local runs
 */
@ConfigurationProperties("targetbot.gateway.cookies")
record CookieProperties(@DefaultValue("false") boolean secure) {}
