package com.targetbot.meta.connections;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.targetbot.meta.graph.GraphAccessToken;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TokenCipherTests {

    static final String OLD_KEY = Base64.getEncoder().encodeToString(new byte[32]);
    static final String NEW_KEY = Base64.getEncoder().encodeToString("0123456789abcdef0123456789abcdef".getBytes());
    static final GraphAccessToken TOKEN = new GraphAccessToken("EAAB-user-token-that-must-not-leak");

    @Test
    void ciphertextNamesItsKeyAndHidesTheToken() {
        TokenCipher cipher = cipher("k1", Map.of("k1", OLD_KEY));

        String sealed = cipher.encrypt("user-1", TOKEN);

        assertThat(sealed).startsWith("k1:").doesNotContain(TOKEN.value());
        assertThat(cipher.decrypt("user-1", sealed)).isEqualTo(TOKEN);
        assertThat(cipher.isCurrent(sealed)).isTrue();
    }

    @Test
    void sameTokenEncryptsDifferentlyEachTime() {
        TokenCipher cipher = cipher("k1", Map.of("k1", OLD_KEY));

        assertThat(cipher.encrypt("user-1", TOKEN)).isNotEqualTo(cipher.encrypt("user-1", TOKEN));
    }

    @Test
    void ciphertextMovedToAnotherConnectionDoesNotDecrypt() {
        TokenCipher cipher = cipher("k1", Map.of("k1", OLD_KEY));
        String sealed = cipher.encrypt("user-1", TOKEN);

        assertThatThrownBy(() -> cipher.decrypt("user-2", sealed))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageNotContaining(sealed.substring(3));
    }

    @Test
    void alteredCiphertextDoesNotDecrypt() {
        TokenCipher cipher = cipher("k1", Map.of("k1", OLD_KEY));
        String sealed = cipher.encrypt("user-1", TOKEN);
        char last = sealed.charAt(sealed.length() - 3);
        String altered = sealed.substring(0, sealed.length() - 3)
                + (last == 'A' ? 'B' : 'A')
                + sealed.substring(sealed.length() - 2);

        assertThatThrownBy(() -> cipher.decrypt("user-1", altered)).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void afterRotationTheOldKeyStillDecryptsAndNewCiphertextsUseTheNewOne() {
        String underOldKey = cipher("old", Map.of("old", OLD_KEY)).encrypt("user-1", TOKEN);
        TokenCipher rotated = cipher("new", Map.of("old", OLD_KEY, "new", NEW_KEY));

        assertThat(rotated.decrypt("user-1", underOldKey)).isEqualTo(TOKEN);
        assertThat(rotated.isCurrent(underOldKey)).isFalse();
        assertThat(rotated.encrypt("user-1", TOKEN)).startsWith("new:");
    }

    @Test
    void ciphertextUnderAKeyNoLongerConfiguredIsRefused() {
        String underOldKey = cipher("old", Map.of("old", OLD_KEY)).encrypt("user-1", TOKEN);

        assertThatThrownBy(() -> cipher("new", Map.of("new", NEW_KEY)).decrypt("user-1", underOldKey))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("no longer configured");
    }

    @Test
    void keyThatIsNotThirtyTwoBytesOrACurrentIdWithoutAKeyStopsTheStart() {
        String shortKey = Base64.getEncoder().encodeToString(new byte[16]);

        assertThatThrownBy(() -> cipher("k1", Map.of("k1", shortKey)))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("32 bytes");
        assertThatThrownBy(() -> cipher("k2", Map.of("k1", OLD_KEY)))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("names no key");
    }

    static TokenCipher cipher(String current, Map<String, String> keys) {
        return new TokenCipher(new ConnectionsProperties(
                List.of("ads_read"), new ConnectionsProperties.Encryption(current, keys), null));
    }
}
