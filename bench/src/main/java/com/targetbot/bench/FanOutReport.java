package com.targetbot.bench;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.HdrHistogram.Histogram;

/**
 * The fan-out figures against Telegram's flood limits: achieved rate as a share of the allowed 30 msg/s,
 * 429s, the burst chat's spacing and the publish-to-send latency, with the machine they came from.
 *
 * @param published publish time of every message, by its (unique) text
 * @param sent every message as the sandbox recorded it, in send order
 */
record FanOutReport(
        MachineFacts machine,
        int messages,
        int chats,
        int burst,
        Map<String, Instant> published,
        List<FanOutBenchmark.Sent> sent,
        long burstChat,
        long rateLimited) {

    /** Telegram allows one message a second to a private chat. */
    static final Duration MIN_CHAT_GAP = Duration.ofSeconds(1);

    static final double GOAL_SHARE = 0.9;

    Instant firstPublish() {
        return published.values().stream().min(Comparator.naturalOrder()).orElseThrow();
    }

    Instant lastSend() {
        return sent.getLast().sentAt();
    }

    /** Messages per second from the first publish until the sandbox recorded the last message. */
    double rate() {
        return sent.size()
                * 1000.0
                / Duration.between(firstPublish(), lastSend()).toMillis();
    }

    /** Messages per second between the first and the last send: the pace once sending has begun. */
    double sendingRate() {
        return (sent.size() - 1)
                * 1000.0
                / Duration.between(sent.getFirst().sentAt(), lastSend()).toMillis();
    }

    /**
     * When the first message to a chat other than the burst chat was sent, after the first publish: a sender
     * that waits out one chat's limit before serving the others shows it here.
     */
    Duration firstFanOutSend() {
        Instant first = sent.stream()
                .filter(message -> message.chatId() != burstChat)
                .map(FanOutBenchmark.Sent::sentAt)
                .findFirst()
                .orElseThrow();
        return Duration.between(firstPublish(), first);
    }

    List<Duration> burstGaps() {
        List<Instant> times = sent.stream()
                .filter(message -> message.chatId() == burstChat)
                .map(FanOutBenchmark.Sent::sentAt)
                .toList();
        List<Duration> gaps = new ArrayList<>();
        for (int i = 1; i < times.size(); i++) {
            gaps.add(Duration.between(times.get(i - 1), times.get(i)));
        }
        return gaps;
    }

    Histogram latencies() {
        var histogram = new Histogram(3);
        for (FanOutBenchmark.Sent message : sent) {
            histogram.recordValue(Math.max(
                    0,
                    Duration.between(published.get(message.text()), message.sentAt())
                            .toMillis()));
        }
        return histogram;
    }

    boolean goalsMet() {
        return rate() >= GOAL_SHARE * FanOutBenchmark.ALLOWED_RATE
                && rateLimited == 0
                && burstGaps().stream().allMatch(gap -> gap.compareTo(MIN_CHAT_GAP) >= 0);
    }

    String markdown() {
        List<Duration> gaps = burstGaps();
        Duration minGap = gaps.stream().min(Comparator.naturalOrder()).orElseThrow();
        Duration maxGap = gaps.stream().max(Comparator.naturalOrder()).orElseThrow();
        Histogram latencies = latencies();
        double elapsed = Duration.between(firstPublish(), lastSend()).toMillis() / 1000.0;
        var out = new StringBuilder();
        out.append("## Telegram fan-out: telegram-service against Telegram's flood limits\n\n");
        out.append(String.format(
                Locale.ROOT,
                "%d messages over %d chats plus %d to one chat, published at once to telegram.outbound;"
                        + " the sandbox enforces 30 msg/s overall and 1 msg/s per chat (429 beyond)."
                        + " Baseline: the allowed rate, %d msg/s.%n%n",
                messages,
                chats,
                burst,
                FanOutBenchmark.ALLOWED_RATE));
        out.append("| | measured | baseline / goal | result |\n|---|---:|---:|---|\n");
        out.append(String.format(
                Locale.ROOT,
                "| achieved rate, first publish to last send (msg/s) | %.1f | %d allowed, goal ≥ 90 %% | **%.0f %%** of"
                        + " allowed |%n",
                rate(),
                FanOutBenchmark.ALLOWED_RATE,
                100 * rate() / FanOutBenchmark.ALLOWED_RATE));
        out.append(String.format(
                Locale.ROOT,
                "| sending rate, first to last send (msg/s) | %.1f | %d allowed | %.0f %% of allowed |%n",
                sendingRate(),
                FanOutBenchmark.ALLOWED_RATE,
                100 * sendingRate() / FanOutBenchmark.ALLOWED_RATE));
        out.append(String.format(
                Locale.ROOT,
                "| messages delivered / elapsed | %d in %.2f s | %d published | %s |%n",
                sent.size(),
                elapsed,
                published.size(),
                sent.size() == published.size() ? "each exactly once" : "MISSING"));
        out.append(String.format(
                Locale.ROOT,
                "| first message to another chat sent after (s) | %.2f | | |%n",
                firstFanOutSend().toMillis() / 1000.0));
        out.append(String.format(
                Locale.ROOT,
                "| 429 Too Many Requests | %d | 0 | %s |%n",
                rateLimited,
                rateLimited == 0 ? "met" : "**not met**"));
        out.append(String.format(
                Locale.ROOT,
                "| burst chat: gaps between %d sends, min / max (s) | %.3f / %.3f | min ≥ 1.000 | %s |%n",
                burst,
                minGap.toMillis() / 1000.0,
                maxGap.toMillis() / 1000.0,
                minGap.compareTo(MIN_CHAT_GAP) >= 0 ? "met" : "**not met**"));
        out.append(String.format(
                Locale.ROOT,
                "| publish → send latency p50 / p99 / max (ms) | %d / %d / %d | | |%n%n",
                latencies.getValueAtPercentile(50),
                latencies.getValueAtPercentile(99),
                latencies.getMaxValue()));
        out.append(String.format(
                Locale.ROOT,
                "Goals (rate ≥ 90 %% of allowed, no 429, per-chat gap ≥ 1 s): **%s**.%n%n",
                goalsMet() ? "all met" : "not all met"));
        out.append(machine.markdown());
        return out.toString();
    }
}
