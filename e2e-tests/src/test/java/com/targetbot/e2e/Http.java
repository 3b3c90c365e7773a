package com.targetbot.e2e;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.InetAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** A small HTTP client for the tests: one cookie jar per instance, like one browser. */
final class Http {

    static final JsonMapper JSON = JsonMapper.builder().build();

    private final HttpClient client;
    private final String baseUrl;
    private final CookieManager cookies = new CookieManager();

    Http(String baseUrl) {
        this(baseUrl, null);
    }

    /**
     * A browser on its own loopback address (127.x.y.z all reach the local services): the gateway counts
     * login failures and anonymous requests per client IP, so such a browser neither exhausts nor inherits
     * another test's budget.
     */
    Http(String baseUrl, InetAddress localAddress) {
        this.baseUrl = baseUrl;
        var builder = HttpClient.newBuilder().cookieHandler(cookies).connectTimeout(Duration.ofSeconds(5));
        if (localAddress != null) {
            builder.localAddress(localAddress);
        }
        this.client = builder.build();
    }

    HttpResponse<String> get(String path, Map<String, String> headers) {
        return send(request(path, headers).GET());
    }

    HttpResponse<String> post(String path, String json, Map<String, String> headers) {
        return send(request(path, headers)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)));
    }

    HttpResponse<String> patch(String path, String json, Map<String, String> headers) {
        return send(request(path, headers)
                .header("Content-Type", "application/json")
                .method("PATCH", HttpRequest.BodyPublishers.ofString(json)));
    }

    HttpResponse<String> delete(String path, Map<String, String> headers) {
        return send(request(path, headers).DELETE());
    }

    HttpResponse<String> options(String path, Map<String, String> headers) {
        return send(request(path, headers).method("OPTIONS", HttpRequest.BodyPublishers.noBody()));
    }

    /** The value of a cookie this browser holds, as the server last set it. */
    Optional<String> cookie(String name) {
        return cookies.getCookieStore().getCookies().stream()
                .filter(cookie -> cookie.getName().equals(name))
                .map(HttpCookie::getValue)
                .findFirst();
    }

    static JsonNode json(HttpResponse<String> response) {
        return JSON.readTree(response.body());
    }

    static String toJson(Object value) {
        return JSON.writeValueAsString(value);
    }

    private HttpRequest.Builder request(String path, Map<String, String> headers) {
        var builder = HttpRequest.newBuilder(URI.create(path.startsWith("http") ? path : baseUrl + path))
                .timeout(Duration.ofSeconds(30));
        headers.forEach(builder::header);
        return builder;
    }

    private HttpResponse<String> send(HttpRequest.Builder builder) {
        try {
            return client.send(builder.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
