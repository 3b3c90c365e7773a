package com.targetbot.gateway.docs;

import com.targetbot.kit.web.FieldError;
import com.targetbot.kit.web.FieldErrorCode;
import io.swagger.v3.core.util.Yaml31;
import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.media.ArraySchema;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.ClassPathResource;

/**
 * Document-wide parts springdoc cannot infer from the controllers: the two ways to authenticate and the
 * RFC 9457 problem every error is answered with.
 */
@Configuration(proxyBeanMethods = false)
class OpenApiConfiguration {

    private static final String ROUTED_ENDPOINTS = "openapi/routed-endpoints.yaml";
    private static final String PROBLEM_JSON = "application/problem+json";
    private static final String PROBLEM_REF = "#/components/schemas/Problem";
    private static final Map<String, String> ERRORS = Map.of(
            "400", "Invalid request: every wrong field is named in errors",
            "401", "Not signed in, or the API key is unknown, revoked or expired",
            "403",
                    "The key's scopes or the account's role do not allow this, the CSRF token is missing,"
                            + " or a password change is required",
            "413", "The request body is too large",
            "429", "Rate limit or sign-in throttling reached; see Retry-After",
            "503", "Redis or Kafka is unavailable; retry later");

    @Bean
    OpenAPI gatewayOpenApi() {
        return new OpenAPI()
                .info(new Info()
                        .title("TargetBot gateway API")
                        .version("1")
                        .description(
                                "The gateway's endpoints and those it routes to the services. Integrations send an API key in X-Auth-Key"
                                        + " (never in the URL); the admin SPA uses the SESSION cookie and echoes the"
                                        + " XSRF-TOKEN cookie in X-XSRF-TOKEN on every write. Errors are"
                                        + " application/problem+json (RFC 9457)."))
                .components(new Components()
                        .addSecuritySchemes(
                                "apiKey",
                                new SecurityScheme()
                                        .type(SecurityScheme.Type.APIKEY)
                                        .in(SecurityScheme.In.HEADER)
                                        .name("X-Auth-Key"))
                        .addSecuritySchemes(
                                "session",
                                new SecurityScheme()
                                        .type(SecurityScheme.Type.APIKEY)
                                        .in(SecurityScheme.In.COOKIE)
                                        .name("SESSION"))
                        .addSchemas("Problem", problemSchema())
                        .addSchemas("FieldError", fieldErrorSchema()))
                .addSecurityItem(new SecurityRequirement().addList("apiKey"))
                .addSecurityItem(new SecurityRequirement().addList("session"));
    }

    /**
     * The endpoints the gateway routes to the services, which springdoc cannot see, from a hand-kept
     * description; an operation a controller also declares keeps the controller's.
     */
    @Bean
    @Order(0)
    OpenApiCustomizer routedEndpoints() throws IOException {
        OpenAPI routed;
        try (InputStream yaml = new ClassPathResource(ROUTED_ENDPOINTS).getInputStream()) {
            routed = Yaml31.mapper().readValue(yaml, OpenAPI.class);
        }
        return openApi -> {
            routed.getPaths().forEach((path, item) -> {
                PathItem existing = openApi.getPaths().get(path);
                if (existing == null) {
                    openApi.getPaths().addPathItem(path, item);
                } else {
                    item.readOperationsMap().forEach((method, operation) -> {
                        if (!existing.readOperationsMap().containsKey(method)) {
                            existing.operation(method, operation);
                        }
                    });
                }
            });
            routed.getComponents().getSchemas().forEach(openApi.getComponents()::addSchemas);
        };
    }

    /** Every operation documents the problem+json errors the edge may answer. */
    @Bean
    @Order(1)
    OpenApiCustomizer problemErrorsOnEveryOperation() {
        return openApi -> openApi.getPaths()
                .values()
                .forEach(path -> path.readOperations()
                        .forEach(operation -> ERRORS.forEach((status, description) -> operation
                                .getResponses()
                                .putIfAbsent(
                                        status,
                                        new ApiResponse()
                                                .description(description)
                                                .content(new Content()
                                                        .addMediaType(
                                                                PROBLEM_JSON,
                                                                new MediaType()
                                                                        .schema(new Schema<>().$ref(PROBLEM_REF))))))));
    }

    private static Schema<?> problemSchema() {
        return new ObjectSchema()
                .description("RFC 9457 problem details")
                .addProperty("type", new StringSchema().example("about:blank"))
                .addProperty("title", new StringSchema())
                .addProperty("status", new IntegerSchema())
                .addProperty("detail", new StringSchema())
                .addProperty("instance", new StringSchema())
                .addProperty(
                        "errors",
                        new ArraySchema()
                                .description("Every wrong field of a 400 answer")
                                .items(new Schema<>().$ref("#/components/schemas/FieldError")));
    }

    /** The service kit's {@link FieldError}, the one shape of a wrong field across the API. */
    private static Schema<?> fieldErrorSchema() {
        StringSchema code = new StringSchema();
        code.description("What kind of wrong it is; stable, for clients to translate");
        Arrays.stream(FieldErrorCode.values()).map(FieldErrorCode::value).forEach(code::addEnumItem);
        return new ObjectSchema()
                .description("One wrong field of a request")
                .addProperty(
                        "field",
                        new StringSchema().description("The field, parameter or header; body for the whole body"))
                .addProperty("code", code)
                .addProperty("message", new StringSchema().description("What is wrong, in English"))
                .required(List.of("field", "code", "message"));
    }
}
