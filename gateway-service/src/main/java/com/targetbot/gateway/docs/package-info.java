/**
 * The OpenAPI description of the gateway's own endpoints (springdoc, from the controllers) with the
 * problem+json errors they answer, and Swagger UI to browse it at {@code /api/docs}.
 */
@NullMarked
package com.targetbot.gateway.docs;

import org.jspecify.annotations.NullMarked;
