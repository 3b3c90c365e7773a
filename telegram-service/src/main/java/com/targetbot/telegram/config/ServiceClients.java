package com.targetbot.telegram.config;

import java.time.Duration;
import org.springframework.boot.http.client.ClientHttpRequestFactoryBuilder;
import org.springframework.boot.http.client.HttpClientSettings;
import org.springframework.web.client.RestClient;

/**
 * Clients of the other services' read APIs, built from Boot's {@link RestClient.Builder} so every call is
 * traced and measured. A chat waits on these answers: they fail fast rather than leave the user without a reply.
 */
public final class ServiceClients {

    private static final HttpClientSettings TIMEOUTS =
            HttpClientSettings.defaults().withTimeouts(Duration.ofSeconds(2), Duration.ofSeconds(5));

    private ServiceClients() {}

    public static RestClient of(RestClient.Builder builder, ServiceUrls.Service service) {
        return builder.baseUrl(service.url().toString())
                .requestFactory(ClientHttpRequestFactoryBuilder.simple().build(TIMEOUTS))
                .build();
    }
}
