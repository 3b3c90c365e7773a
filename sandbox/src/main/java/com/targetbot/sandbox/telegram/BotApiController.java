package com.targetbot.sandbox.telegram;

import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CompletionException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.context.request.async.DeferredResult;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.multipart.MultipartHttpServletRequest;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.StringNode;

/**
 * {@code /bot{token}/{method}} over GET or POST with query, form, JSON or multipart parameters. Errors use the HTTP
 * status Telegram uses as {@code error_code}. Answers are deferred because getUpdates may long-poll.
 */
@RestController
class BotApiController {

    private static final Logger log = LoggerFactory.getLogger(BotApiController.class);

    /** Longer than the longest long poll, so that the poll itself decides when to answer. */
    private static final long ASYNC_TIMEOUT_MILLIS = 60_000;

    private final BotApi api;
    private final JsonMapper mapper;
    private final byte[] token;

    BotApiController(BotApi api, JsonMapper mapper, TelegramSandboxProperties properties) {
        this.api = api;
        this.mapper = mapper;
        this.token = properties.botToken().getBytes(StandardCharsets.UTF_8);
    }

    @RequestMapping(
            path = "/bot{token}/{method}",
            method = {RequestMethod.GET, RequestMethod.POST},
            produces = MediaType.APPLICATION_JSON_VALUE)
    DeferredResult<ResponseEntity<BotApiResponse>> call(
            @PathVariable String token, @PathVariable String method, HttpServletRequest request) {
        DeferredResult<ResponseEntity<BotApiResponse>> answer = new DeferredResult<>(ASYNC_TIMEOUT_MILLIS);
        try {
            if (!MessageDigest.isEqual(this.token, token.getBytes(StandardCharsets.UTF_8))) {
                throw BotApiException.unauthorized();
            }
            BotApiParams params = read(request);
            api.call(method, params)
                    .whenComplete((reply, error) -> answer.setResult(
                            error == null ? ResponseEntity.ok(BotApiResponse.success(reply)) : failure(error)));
        } catch (RuntimeException e) {
            answer.setResult(failure(e));
        }
        return answer;
    }

    private static ResponseEntity<BotApiResponse> failure(Throwable error) {
        Throwable cause = error instanceof CompletionException && error.getCause() != null ? error.getCause() : error;
        BotApiException answer;
        if (cause instanceof BotApiException e) {
            answer = e;
        } else {
            log.error("Bot API call failed", cause);
            answer = BotApiException.internalError();
        }
        return ResponseEntity.status(answer.errorCode()).body(BotApiResponse.failure(answer));
    }

    private BotApiParams read(HttpServletRequest request) {
        Map<String, JsonNode> values = new LinkedHashMap<>();
        Map<String, MultipartFile> files = Map.of();
        try {
            request.getParameterMap().forEach((name, given) -> values.put(name, StringNode.valueOf(given[0])));
            if (request instanceof MultipartHttpServletRequest multipart) {
                files = multipart.getFileMap();
            }
        } catch (MaxUploadSizeExceededException e) {
            throw BotApiException.tooLarge();
        } catch (MultipartException e) {
            throw BotApiException.badRequest("can't parse multipart/form-data request");
        }
        if (isJson(request)) {
            readJsonBody(request).properties().forEach(field -> values.put(field.getKey(), field.getValue()));
        }
        return new BotApiParams(values, files, mapper);
    }

    private JsonNode readJsonBody(HttpServletRequest request) {
        try {
            byte[] body = request.getInputStream().readAllBytes();
            if (body.length == 0) {
                return mapper.createObjectNode();
            }
            JsonNode json = mapper.readTree(body);
            if (!json.isObject()) {
                throw BotApiException.badRequest("can't parse JSON object");
            }
            return json;
        } catch (JacksonException e) {
            throw BotApiException.badRequest("can't parse JSON object");
        } catch (IOException e) {
            throw new IllegalStateException("Could not read the request body", e);
        }
    }

    private static boolean isJson(HttpServletRequest request) {
        try {
            return request.getContentType() != null
                    && MediaType.APPLICATION_JSON.isCompatibleWith(MediaType.parseMediaType(request.getContentType()));
        } catch (IllegalArgumentException e) {
            return false;
        }
    }
}
