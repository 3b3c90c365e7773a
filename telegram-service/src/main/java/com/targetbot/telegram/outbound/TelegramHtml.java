package com.targetbot.telegram.outbound;

/** Telegram's HTML parse mode. */
public final class TelegramHtml {

    private TelegramHtml() {}

    /**
     * Escapes user data for an HTML message. Telegram knows only the entities {@code &lt; &gt; &amp;
     * &quot;} (and numeric ones), so a general-purpose HTML escaper, which writes named entities such as
     * {@code &copy;}, would make Telegram reject the message.
     */
    public static String escape(String text) {
        var escaped = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> escaped.append("&amp;");
                case '<' -> escaped.append("&lt;");
                case '>' -> escaped.append("&gt;");
                case '"' -> escaped.append("&quot;");
                default -> escaped.append(c);
            }
        }
        return escaped.toString();
    }
}
