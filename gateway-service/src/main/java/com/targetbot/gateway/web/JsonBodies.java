package com.targetbot.gateway.web;

import com.targetbot.kit.web.FieldError;
import com.targetbot.kit.web.FieldErrorCode;
import com.targetbot.kit.web.InvalidRequestException;
import java.util.List;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.core.io.buffer.DataBufferLimitException;
import org.springframework.core.io.buffer.DataBufferUtils;
import org.springframework.http.HttpStatus;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads a request body as one JSON object under an explicit size limit per endpoint (413 above it),
 * so a large body is refused before it is buffered, whatever the codecs' global limit is.
 */
@Component
public class JsonBodies {

    private final JsonMapper mapper;

    JsonBodies(JsonMapper mapper) {
        this.mapper = mapper;
    }

    public Mono<JsonNode> readObject(ServerWebExchange exchange, DataSize limit) {
        return readBytes(exchange, limit).map(this::parseObject);
    }

    /** The raw body under the limit, for a check over the exact bytes (a signature) before any parsing. */
    public Mono<byte[]> readBytes(ServerWebExchange exchange, DataSize limit) {
        ServerHttpRequest request = exchange.getRequest();
        long declared = request.getHeaders().getContentLength();
        if (declared > limit.toBytes()) {
            return Mono.error(tooLarge(limit, null));
        }
        return DataBufferUtils.join(request.getBody(), Math.toIntExact(limit.toBytes()))
                .onErrorMap(DataBufferLimitException.class, e -> tooLarge(limit, e))
                .map(JsonBodies::bytes)
                .defaultIfEmpty(new byte[0]);
    }

    /** The body as one JSON object; anything else is a 400 problem naming the body. */
    public JsonNode parseObject(byte[] body) {
        JsonNode node;
        try {
            node = body.length == 0 ? null : mapper.readTree(body);
        } catch (JacksonException e) {
            throw new InvalidRequestException(
                    "The request body is not valid JSON",
                    List.of(new FieldError("body", FieldErrorCode.INVALID_FORMAT, "must be valid JSON")));
        }
        if (node == null || !node.isObject()) {
            throw new InvalidRequestException(
                    "The request body must be a JSON object",
                    List.of(new FieldError("body", FieldErrorCode.INVALID_FORMAT, "must be a JSON object")));
        }
        return node;
    }

    private static byte[] bytes(DataBuffer buffer) {
        try {
            byte[] bytes = new byte[buffer.readableByteCount()];
            buffer.read(bytes);
            return bytes;
        } finally {
            DataBufferUtils.release(buffer);
        }
    }

    private static ErrorResponseException tooLarge(DataSize limit, Throwable cause) {
        var error = new ErrorResponseException(HttpStatus.CONTENT_TOO_LARGE, cause);
        error.setDetail("The request body is larger than " + limit.toKilobytes() + " KiB");
        return error;
    }
}
