package com.targetbot.leads.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import org.junit.jupiter.api.Test;

class CursorTests {

    @Test
    void cursorSurvivesItsOpaqueEncoding() {
        var cursor = new Cursor(1_764_067_200_123L, "019abc12-3456-7def-8123-456789abcdef");

        String encoded = cursor.encode();

        assertThat(encoded).doesNotContain(cursor.id()).matches("[A-Za-z0-9_-]+");
        assertThat(Cursor.decode(encoded)).isEqualTo(cursor);
    }

    @Test
    void textThatIsNotACursorIsRefused() {
        assertThatIllegalArgumentException().isThrownBy(() -> Cursor.decode("not base64!"));
        assertThatIllegalArgumentException()
                .isThrownBy(() -> Cursor.decode(new Cursor(1, "x").encode().substring(2)));
        assertThatIllegalArgumentException().isThrownBy(() -> Cursor.decode("YWJjOmRlZg")); // "abc:def"
        assertThatIllegalArgumentException().isThrownBy(() -> Cursor.decode("MTIzOg")); // "123:"
    }
}
