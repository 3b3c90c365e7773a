package com.targetbot.meta.graph;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.http.client.ClientHttpRequestFactoryBuilder;
import org.springframework.boot.http.client.HttpClientSettings;
import org.springframework.core.NestedExceptionUtils;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.client.ResourceAccessException;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClient.RequestHeadersSpec.ConvertibleClientHttpResponse;
import org.springframework.web.client.RestClientException;

/**
 * Reads the Meta Graph API as the configured user. Every data call carries {@code appsecret_proof}; edges are
 * read to their last page; failures surface as {@link GraphApiException} only.
 */
@Component
public class GraphApiClient {

    static final String AD_ACCOUNT_FIELDS = "id,name,currency,account_status";
    static final String CAMPAIGN_FIELDS = "id,name,status,objective,daily_budget";

    // Templates rather than built URIs: the metrics' uri tag shows the template, never the token.
    private static final String EDGE =
            "/{version}/{node}/{edge}?fields={fields}&limit={limit}&access_token={token}&appsecret_proof={proof}";
    private static final String EDGE_AFTER = EDGE + "&after={after}";
    private static final String DEBUG_TOKEN = "/{version}/debug_token?input_token={token}&access_token={appToken}";
    private static final String REDACTED = "[redacted]";

    private static final ParameterizedTypeReference<GraphPage<GraphAdAccount>> AD_ACCOUNTS =
            new ParameterizedTypeReference<>() {};
    private static final ParameterizedTypeReference<GraphPage<GraphCampaign>> CAMPAIGNS =
            new ParameterizedTypeReference<>() {};
    private static final ParameterizedTypeReference<GraphDebugToken> DEBUG_TOKEN_ANSWER =
            new ParameterizedTypeReference<>() {};

    private final RestClient rest;
    private final GraphProperties properties;
    private final GraphAppUsage usage;

    GraphApiClient(RestClient.Builder builder, GraphProperties properties, GraphAppUsage usage) {
        this.properties = properties;
        this.usage = usage;
        this.rest = builder.baseUrl(properties.baseUrl().toString())
                .observationConvention(new GraphObservationConvention())
                .requestFactory(ClientHttpRequestFactoryBuilder.detect()
                        .build(HttpClientSettings.defaults()
                                .withTimeouts(properties.connectTimeout(), properties.readTimeout())))
                .build();
    }

    /** Every ad account the user can see. */
    public List<GraphAdAccount> adAccounts() {
        return readAll("me", "adaccounts", AD_ACCOUNT_FIELDS, AD_ACCOUNTS);
    }

    /** Every campaign of one ad account ({@code act_<number>}). */
    public List<GraphCampaign> campaigns(String adAccountId) {
        return readAll(adAccountId, "campaigns", CAMPAIGN_FIELDS, CAMPAIGNS);
    }

    /**
     * What Meta says about the configured user token: {@code debug_token} asked with the app access token
     * {@code <app id>|<app secret>}. A dead token is an answer ({@link GraphTokenInfo#valid()} false), not a
     * failure; an unreachable API or an error status throws {@link GraphApiException}.
     */
    public GraphTokenInfo debugToken() {
        Map<String, Object> variables = Map.of(
                "version", properties.version(),
                "token", properties.accessToken(),
                "appToken", properties.appId() + "|" + properties.appSecret());
        return get(DEBUG_TOKEN, variables, DEBUG_TOKEN_ANSWER, "debug_token").toInfo(this::redact);
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

    private <T> List<T> readAll(
            String node, String edge, String fields, ParameterizedTypeReference<GraphPage<T>> type) {
        List<T> items = new ArrayList<>();
        String after = null;
        for (int page = 0; page < properties.maxPages(); page++) {
            GraphPage<T> result = readPage(node, edge, fields, after, type);
            items.addAll(result.items());
            after = result.nextCursor();
            if (after == null) {
                return items;
            }
        }
        throw new GraphApiException(
                GraphApiException.NO_GRAPH_CODE,
                "Graph API edge " + edge + " has more than " + properties.maxPages() + " pages",
                false,
                null);
    }

    private <T> GraphPage<T> readPage(
            String node,
            String edge,
            String fields,
            @Nullable String after,
            ParameterizedTypeReference<GraphPage<T>> type) {
        Map<String, Object> variables = new HashMap<>();
        variables.put("version", properties.version());
        variables.put("node", node);
        variables.put("edge", edge);
        variables.put("fields", fields);
        variables.put("limit", properties.pageSize());
        variables.put("token", properties.accessToken());
        variables.put("proof", appSecretProof(properties.accessToken(), properties.appSecret()));
        if (after != null) {
            variables.put("after", after);
        }
        return get(after == null ? EDGE : EDGE_AFTER, variables, type, edge);
    }

    private <T> T get(
            String uriTemplate, Map<String, Object> variables, ParameterizedTypeReference<T> type, String what) {
        try {
            return rest.get()
                    .uri(uriTemplate, variables)
                    .accept(MediaType.APPLICATION_JSON)
                    .exchange((request, response) -> {
                        usage.record(response.getHeaders());
                        if (response.getStatusCode().isError()) {
                            throw failure(response);
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
            // Its message names the request URL, which carries the token: keep only the I/O failure.
            Throwable cause = NestedExceptionUtils.getMostSpecificCause(e);
            throw new GraphApiException(
                    GraphApiException.NO_GRAPH_CODE,
                    "Graph API unreachable: " + cause.getClass().getSimpleName() + describe(cause),
                    true,
                    null);
        } catch (RestClientException e) {
            throw new GraphApiException(
                    GraphApiException.NO_GRAPH_CODE,
                    "Unreadable Graph API answer on " + what + ": "
                            + redact(
                                    NestedExceptionUtils.getMostSpecificCause(e).getMessage()),
                    false,
                    null);
        }
    }

    private GraphApiException failure(ConvertibleClientHttpResponse response) throws IOException {
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
        String message = redact(error.message() == null ? "no message" : error.message());
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

    private String describe(Throwable cause) {
        return cause.getMessage() == null ? "" : " " + redact(cause.getMessage());
    }

    private String redact(@Nullable String text) {
        if (text == null) {
            return "";
        }
        return text.replace(properties.accessToken(), REDACTED)
                .replace(appSecretProof(properties.accessToken(), properties.appSecret()), REDACTED)
                .replace(properties.appSecret(), REDACTED);
    }
}
