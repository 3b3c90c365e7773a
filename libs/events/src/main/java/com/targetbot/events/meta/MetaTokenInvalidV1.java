package com.targetbot.events.meta;

import com.targetbot.events.RetiredVersion;
import java.time.Instant;

/**
 * {@code com.targetbot.meta.token.invalid.v1}: {@link MetaTokenInvalid} from when one token served the whole
 * installation; read from old records only, without a connection.
 */
public record MetaTokenInvalidV1(String reason, Instant checkedAt) implements RetiredVersion<MetaTokenInvalid> {

    @Override
    public MetaTokenInvalid upcast() {
        return new MetaTokenInvalid(null, reason, checkedAt);
    }
}
