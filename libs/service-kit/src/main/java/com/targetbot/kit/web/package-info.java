/**
 * RFC 9457 problem+json: one mapping of exceptions to problem details for the servlet services, and the one
 * field-error shape ({@link com.targetbot.kit.web.FieldError}) that they and the gateway answer with.
 */
@NullMarked
package com.targetbot.kit.web;

import org.jspecify.annotations.NullMarked;
