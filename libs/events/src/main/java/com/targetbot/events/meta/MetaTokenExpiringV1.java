package com.targetbot.events.meta;

import com.targetbot.events.RetiredVersion;
import java.time.Instant;

/**
 * {@code com.targetbot.meta.token.expiring.v1}: {@link MetaTokenExpiring} from when one token served the whole
 * installation; read from old records only, without a connection.
 */
public record MetaTokenExpiringV1(Instant expiresAt, Instant checkedAt) implements RetiredVersion<MetaTokenExpiring> {

    @Override
    public MetaTokenExpiring upcast() {
        return new MetaTokenExpiring(null, expiresAt, checkedAt);
    }
}
