package com.targetbot.meta.graph;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.http.client.ClientHttpRequestFactoryBuilder;
import org.springframework.boot.http.client.HttpClientSettings;
import org.springframework.core.NestedExceptionUtils;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.client.ResourceAccessException;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClient.RequestHeadersSpec.ConvertibleClientHttpResponse;
import org.springframework.web.client.RestClientException;
import tools.jackson.databind.json.JsonMapper;

/**
 * Calls the Meta Graph API. The access token travels in the {@code Authorization} header, never in a URL; every
 * call made with a token carries {@code appsecret_proof}; edges are read to their last page; failures surface as
 * {@link GraphApiException} only.
 *
 * <p>Requests are built from URI templates ({@code /{version}/{node}/{edge}?fields={fields}}), so the metrics'
 * {@code uri} tag names the call's shape, never an object id or a cursor.
 */
@Component
public class GraphApiClient {

    private static final String REDACTED = "[redacted]";

    private static final ParameterizedTypeReference<List<GraphBatchAnswer>> BATCH_ANSWERS =
            new ParameterizedTypeReference<>() {};
    private static final ParameterizedTypeReference<GraphIssuedToken.Answer> TOKEN_ANSWER =
            new ParameterizedTypeReference<>() {};

    private final RestClient rest;
    private final GraphProperties properties;
    private final GraphAppUsage usage;
    private final JsonMapper json;

    GraphApiClient(
            RestClient.Builder builder,
            GraphProperties properties,
            GraphAppUsage usage,
            GraphGovernor governor,
            JsonMapper json) {
        this.properties = properties;
        this.usage = usage;
        this.json = json;
        this.rest = builder.baseUrl(properties.baseUrl().toString())
                // Paces every call by the usage Meta reports, so syncs slow down before Meta throttles them.
                .requestInterceptor(governor)
                .observationConvention(new GraphObservationConvention())
                .requestFactory(ClientHttpRequestFactoryBuilder.detect()
                        .build(HttpClientSettings.defaults()
                                .withTimeouts(properties.connectTimeout(), properties.readTimeout())))
                .build();
    }

    /**
     * What Meta says about a token: {@code debug_token} asked with the app access token
     * {@code <app id>|<app secret>}. Meta documents {@code input_token} only as a parameter of a GET, so the call
     * goes inside a batch ({@code POST /} with a {@code batch} form field): the inspected token travels in the
     * request body, never in a URL. A dead token is an answer ({@link GraphTokenInfo#valid()} false), not a
     * failure; an unreachable API or an error status throws {@link GraphApiException}.
     */
    public GraphTokenInfo debugToken(GraphAccessToken token) {
        GraphAccessToken appToken = new GraphAccessToken(properties.appId() + "|" + properties.appSecret());
        String relativeUrl = "debug_token?input_token=" + URLEncoder.encode(token.value(), StandardCharsets.UTF_8);
        MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
        form.add("batch", json.writeValueAsString(List.of(Map.of("method", "GET", "relative_url", relativeUrl))));
        form.add("include_headers", "false");
        Map<String, Object> variables = new HashMap<>();
        variables.put("version", properties.version());
        variables.put("proof", appSecretProof(appToken.value(), properties.appSecret()));
        List<GraphBatchAnswer> answers = exchange(
                HttpMethod.POST,
                "/{version}/" + queryTemplate(Set.of(), true),
                variables,
                form,
                appToken,
                token,
                BATCH_ANSWERS,
                "debug_token");
        GraphBatchAnswer answer = answers.isEmpty() ? null : answers.getFirst();
        if (answer == null || answer.body() == null) {
            throw new GraphApiException(
                    GraphApiException.NO_GRAPH_CODE, "Graph API answered the debug_token batch empty", false, null);
        }
        if (answer.code() != 200) {
            GraphErrorBody.Error error =
                    json.readValue(answer.body(), GraphErrorBody.class).error();
            if (error == null || error.code() == null) {
                throw new GraphApiException(
                        GraphApiException.NO_GRAPH_CODE,
                        "Graph API answered debug_token " + answer.code() + " without a Graph error",
                        answer.code() >= 500,
                        null);
            }
            throw new GraphApiException(
                    error.code(), redact(error.message() == null ? "no message" : error.message(), token));
        }
        return json.readValue(answer.body(), GraphDebugToken.class).toInfo(text -> redact(text, token));
    }

    /**
     * Reads one node ({@code /{node}}) or one page of an edge ({@code /{node}/{edge}}).
     *
     * @param edge {@code null} for the node itself
     * @param query parameters such as {@code fields}, {@code limit}, {@code after}, {@code time_range}
     */
    public <T> T get(
            GraphAccessToken token,
            String node,
            @Nullable String edge,
            Map<String, String> query,
            ParameterizedTypeReference<T> type) {
        Map<String, Object> variables = new HashMap<>(query);
        String template = path(node, edge, variables) + queryTemplate(query.keySet(), true);
        variables.put("proof", appSecretProof(token.value(), properties.appSecret()));
        return exchange(HttpMethod.GET, template, variables, null, token, token, type, what(node, edge));
    }

    /**
     * Writes to a node or an edge (Graph's POST), the parameters sent as a form body.
     *
     * @param edge {@code null} for the node itself
     */
    public <T> T post(
            GraphAccessToken token,
            String node,
            @Nullable String edge,
            Map<String, String> form,
            ParameterizedTypeReference<T> type) {
        Map<String, Object> variables = new HashMap<>();
        String template = path(node, edge, variables) + queryTemplate(Set.of(), true);
        variables.put("proof", appSecretProof(token.value(), properties.appSecret()));
        MultiValueMap<String, String> body = new LinkedMultiValueMap<>();
        form.forEach(body::add);
        return exchange(HttpMethod.POST, template, variables, body, token, token, type, what(node, edge));
    }

    /**
     * Every item of an edge, read page after page with the {@code after} cursor.
     *
     * @param query further parameters besides {@code fields}, {@code limit} and {@code after}
     */
    public <T> List<T> readAll(
            GraphAccessToken token,
            String node,
            String edge,
            String fields,
            Map<String, String> query,
            ParameterizedTypeReference<GraphPage<T>> type) {
        List<T> items = new ArrayList<>();
        Map<String, String> pageQuery = new HashMap<>(query);
        pageQuery.put("fields", fields);
        pageQuery.put("limit", Integer.toString(properties.pageSize()));
        for (int page = 0; page < properties.maxPages(); page++) {
            GraphPage<T> result = get(token, node, edge, pageQuery, type);
            items.addAll(result.items());
            String after = result.nextCursor();
            if (after == null) {
                return items;
            }
            pageQuery.put("after", after);
        }
        throw new GraphApiException(
                GraphApiException.NO_GRAPH_CODE,
                "Graph API edge " + edge + " has more than " + properties.maxPages() + " pages",
                false,
                null);
    }

    // --- OAuth: the token endpoint, called without a user token; the app secret travels in the form body. ---

    /**
     * Exchanges the login dialog's {@code code} for a short-lived user token ({@code POST /oauth/access_token}).
     *
     * @param redirectUri exactly the {@code redirect_uri} the dialog was opened with
     */
    public GraphIssuedToken exchangeCode(String code, String redirectUri) {
        MultiValueMap<String, String> form = appForm();
        form.add("redirect_uri", redirectUri);
        form.add("code", code);
        return accessToken(form, new GraphAccessToken(code));
    }

    /** Exchanges a short-lived user token for a long-lived one ({@code grant_type=fb_exchange_token}). */
    public GraphIssuedToken extend(GraphAccessToken shortLived) {
        MultiValueMap<String, String> form = appForm();
        form.add("grant_type", "fb_exchange_token");
        form.add("fb_exchange_token", shortLived.value());
        return accessToken(form, shortLived);
    }

    private MultiValueMap<String, String> appForm() {
        MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
        form.add("client_id", properties.appId());
        form.add("client_secret", properties.appSecret());
        return form;
    }

    private GraphIssuedToken accessToken(MultiValueMap<String, String> form, GraphAccessToken redacted) {
        GraphIssuedToken.Answer answer = exchange(
                HttpMethod.POST,
                "/{version}/oauth/access_token",
                Map.of("version", properties.version()),
                form,
                null,
                redacted,
                TOKEN_ANSWER,
                "oauth/access_token");
        return answer.toIssued();
    }

    /** Hex HMAC-SHA256 of the access token keyed by the app secret, as Graph expects it. */
    static String appSecretProof(String accessToken, String appSecret) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(appSecret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return HexFormat.of().formatHex(mac.doFinal(accessToken.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is not available", e);
        }
    }

    private String path(String node, @Nullable String edge, Map<String, Object> variables) {
        variables.put("version", properties.version());
        variables.put("node", node);
        if (edge == null) {
            return "/{version}/{node}";
        }
        variables.put("edge", edge);
        return "/{version}/{node}/{edge}";
    }

    /** {@code ?a={a}&b={b}&appsecret_proof={proof}}: names fixed in the template, values bound as variables. */
    private static String queryTemplate(Set<String> names, boolean withProof) {
        List<String> parts = new ArrayList<>();
        names.stream().sorted().forEach(name -> parts.add(name + "={" + name + "}"));
        if (withProof) {
            parts.add("appsecret_proof={proof}");
        }
        return parts.isEmpty() ? "" : "?" + String.join("&", parts);
    }

    private static String what(String node, @Nullable String edge) {
        return edge == null ? "node " + node : edge;
    }

    private <T> T exchange(
            HttpMethod method,
            String uriTemplate,
            Map<String, Object> variables,
            @Nullable MultiValueMap<String, String> form,
            @Nullable GraphAccessToken bearer,
            GraphAccessToken redacted,
            ParameterizedTypeReference<T> type,
            String what) {
        try {
            RestClient.RequestBodySpec request =
                    rest.method(method).uri(uriTemplate, variables).accept(MediaType.APPLICATION_JSON);
            if (bearer != null) {
                request.header(HttpHeaders.AUTHORIZATION, "Bearer " + bearer.value());
            }
            if (form != null) {
                request.contentType(MediaType.APPLICATION_FORM_URLENCODED).body(form);
            }
            return request.exchange((req, response) -> {
                usage.record(response.getHeaders());
                if (response.getStatusCode().isError()) {
                    throw failure(response, redacted);
                }
                T body = response.bodyTo(type);
                if (body == null) {
                    throw new GraphApiException(
                            GraphApiException.NO_GRAPH_CODE,
                            "Graph API answered " + what + " with an empty body",
                            false,
                            null);
                }
                return body;
            });
        } catch (ResourceAccessException e) {
            // Its message names the request URL: keep only the I/O failure.
            Throwable cause = NestedExceptionUtils.getMostSpecificCause(e);
            throw new GraphApiException(
                    GraphApiException.NO_GRAPH_CODE,
                    "Graph API unreachable: " + cause.getClass().getSimpleName() + describe(cause, redacted),
                    true,
                    null);
        } catch (RestClientException e) {
            throw new GraphApiException(
                    GraphApiException.NO_GRAPH_CODE,
                    "Unreadable Graph API answer on " + what + ": "
                            + redact(
                                    NestedExceptionUtils.getMostSpecificCause(e).getMessage(), redacted),
                    false,
                    null);
        }
    }

    private GraphApiException failure(ConvertibleClientHttpResponse response, GraphAccessToken token)
            throws IOException {
        HttpStatusCode status = response.getStatusCode();
        GraphErrorBody.Error error = readError(response);
        if (error == null || error.code() == null) {
            // Not Graph speaking (a proxy or load balancer page): only a server-side status is worth retrying.
            return new GraphApiException(
                    GraphApiException.NO_GRAPH_CODE,
                    "Graph API answered HTTP " + status.value() + " without a Graph error",
                    status.is5xxServerError() || status.value() == 429,
                    null);
        }
        String message = redact(error.message() == null ? "no message" : error.message(), token);
        if (error.fbtraceId() != null) {
            // Meta support asks for the trace id of a failed call.
            message += " (fbtrace_id " + error.fbtraceId() + ")";
        }
        return new GraphApiException(error.code(), message);
    }

    private static GraphErrorBody.@Nullable Error readError(ConvertibleClientHttpResponse response) {
        try {
            GraphErrorBody body = response.bodyTo(GraphErrorBody.class);
            return body == null ? null : body.error();
        } catch (RestClientException e) {
            return null;
        }
    }

    private String describe(Throwable cause, GraphAccessToken token) {
        return cause.getMessage() == null ? "" : " " + redact(cause.getMessage(), token);
    }

    /** Meta's messages may quote what they were sent: the token, its proof and the app secret never pass. */
    private String redact(@Nullable String text, GraphAccessToken token) {
        if (text == null) {
            return "";
        }
        return text.replace(token.value(), REDACTED)
                .replace(appSecretProof(token.value(), properties.appSecret()), REDACTED)
                .replace(properties.appSecret(), REDACTED);
    }
}
