package com.targetbot.gateway.apikeys;

import static org.assertj.core.api.Assertions.assertThat;

import java.security.SecureRandom;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ApiKeysTests {

    @Test
    void generatedKeyHasThePublicPrefixAndAHighEntropySecret() {
        String key = ApiKeys.generate(new SecureRandom());

        assertThat(key).matches(ApiKeys.PATTERN);
        assertThat(key.substring(12)).hasSizeGreaterThanOrEqualTo(43);
        assertThat(ApiKeys.prefixOf(key)).contains(key.substring(3, 11));
    }

    @Test
    void generatedKeysDoNotRepeat() {
        var random = new SecureRandom();
        Set<String> keys = new HashSet<>();

        for (int i = 0; i < 1000; i++) {
            keys.add(ApiKeys.generate(random));
        }

        assertThat(keys).hasSize(1000);
    }

    @Test
    void hashIsTheSha256HexOfTheWholeKey() {
        assertThat(ApiKeys.hash("abc")).isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    }

    @Test
    void malformedKeysHaveNoPrefix() {
        assertThat(ApiKeys.prefixOf("tb_short_0123456789abcdefghijklmnopqrstuvwxyz"))
                .isEmpty();
        assertThat(ApiKeys.prefixOf("tb_abcdefgh_tooShortSecret")).isEmpty();
        assertThat(ApiKeys.prefixOf("Bearer tb_abcdefgh_0123456789abcdefghijklmnopqrstuvwxyz"))
                .isEmpty();
    }
}
