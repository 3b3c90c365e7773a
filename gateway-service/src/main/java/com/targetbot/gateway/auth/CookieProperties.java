package com.targetbot.gateway.auth;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param secureCookies mark the session and CSRF cookies {@code Secure}; true wherever the gateway is
 *     reached over TLS (behind an ingress that terminates it too), false only for plain-HTTP local runs
 */
@ConfigurationProperties("targetbot.gateway")
record CookieProperties(@DefaultValue("false") boolean secureCookies) {}
