package com.targetbot.telegram.adminapi;

import com.targetbot.kit.web.FieldError;
import com.targetbot.kit.web.FieldErrorCode;
import com.targetbot.kit.web.InvalidRequestException;
import java.util.ArrayList;
import java.util.List;

/** Collects what is wrong with a request, field by field, into one 400 problem in the service kit's shape. */
final class BadRequest {

    private final List<FieldError> errors = new ArrayList<>();

    void reject(String field, FieldErrorCode code, String message) {
        errors.add(new FieldError(field, code, message));
    }

    /** @throws InvalidRequestException a 400 problem when anything was rejected */
    void throwIfAny() {
        InvalidRequestException.throwIfAny(errors);
    }
}
