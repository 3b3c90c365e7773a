package com.targetbot.gateway.meta;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.util.HtmlUtils;

/**
 * The page an admin lands on when a Facebook login cannot finish: what happened and what to do, in Russian and
 * English, with a way back. Never a stack trace, never a token or code.
 */
enum MetaLoginPage {
    NOT_SIGNED_IN(
            HttpStatus.UNAUTHORIZED,
            "Войдите в админку TargetBot как администратор и подключите Meta снова.",
            "Sign in to the TargetBot admin as an administrator and connect Meta again."),
    STATE_MISSING(
            HttpStatus.BAD_REQUEST,
            "Ссылка возврата из Facebook неполная. Начните подключение заново.",
            "The link back from Facebook is incomplete. Start connecting again."),
    STATE_UNKNOWN(
            HttpStatus.BAD_REQUEST,
            "Эта попытка входа устарела, уже использована или начата не здесь (ссылка действует 10 минут и один раз)."
                    + " Начните подключение заново.",
            "This login attempt has expired, was already used or was not started here (a link works once, for 10"
                    + " minutes). Start connecting again."),
    OTHER_SESSION(
            HttpStatus.FORBIDDEN,
            "Подключение начато в другом сеансе. Начните его заново в этом окне.",
            "The connection was started in another session. Start it again in this window."),
    DENIED(
            HttpStatus.OK,
            "Вы отменили вход через Facebook, ничего не подключено.",
            "You cancelled the Facebook login; nothing was connected."),
    REFUSED(
            HttpStatus.UNPROCESSABLE_CONTENT,
            "Meta не подтвердила подключение, ничего не сохранено.",
            "Meta did not confirm the connection; nothing was stored."),
    UNAVAILABLE(
            HttpStatus.BAD_GATEWAY,
            "Не удалось завершить подключение: Meta или сервис Meta недоступны. Попробуйте ещё раз.",
            "The connection could not be finished: Meta or the Meta service is unavailable. Try again.");

    private final HttpStatus status;
    private final String russian;
    private final String english;

    MetaLoginPage(HttpStatus status, String russian, String english) {
        this.status = status;
        this.russian = russian;
        this.english = english;
    }

    ResponseEntity<String> render() {
        return render(null, List.of());
    }

    /**
     * @param detail what Meta or meta-service said, shown as it is (escaped)
     * @param missingScopes permissions the admin did not grant, each named
     */
    ResponseEntity<String> render(@Nullable String detail, List<String> missingScopes) {
        StringBuilder extra = new StringBuilder();
        if (!missingScopes.isEmpty()) {
            extra.append("<p>Не выданы разрешения · Permissions not granted: <strong class=\"missing-scopes\">")
                    .append(HtmlUtils.htmlEscape(String.join(", ", missingScopes)))
                    .append("</strong></p>");
        }
        if (detail != null && !detail.isBlank()) {
            extra.append("<p class=\"detail\">")
                    .append(HtmlUtils.htmlEscape(detail))
                    .append("</p>");
        }
        String html = """
                <!doctype html>
                <html lang="ru"><head><meta charset="utf-8"><title>TargetBot · Meta</title></head>
                <body>
                <h1>Подключение Meta · Connecting Meta</h1>
                <p lang="ru">%s</p>
                <p lang="en">%s</p>
                %s
                <p><a href="%s">Начать заново · Start again</a> · <a href="/admin/#/meta">В админку · Back to the admin</a></p>
                </body></html>
                """.formatted(russian, english, extra, MetaLoginController.START);
        return ResponseEntity.status(status)
                .contentType(new MediaType(MediaType.TEXT_HTML, StandardCharsets.UTF_8))
                .header("Cache-Control", "no-store")
                .body(html);
    }
}
