package com.targetbot.sandbox.graph;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * The fixed world the sandbox's Meta user sees: three ad accounts with 30, 12 and no campaigns (42 in all, so
 * that paging at the default limit of 25 is exercised). Deterministic, so tests can assert exact values.
 */
@Component
class GraphCatalog {

    static final String USER_ID = "10000000000001";
    static final String USER_NAME = "Анна Смирнова";

    /** Graph's own timestamp format: offset without a colon. */
    private static final DateTimeFormatter GRAPH_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ssxx");

    private static final OffsetDateTime FIRST_CREATED = OffsetDateTime.of(2026, 10, 1, 10, 0, 0, 0, ZoneOffset.UTC);
    private static final List<String> OBJECTIVES =
            List.of("OUTCOME_LEADS", "OUTCOME_TRAFFIC", "OUTCOME_SALES", "OUTCOME_ENGAGEMENT", "OUTCOME_AWARENESS");

    private final List<Node> adAccounts = new ArrayList<>();
    private final Map<String, List<Node>> campaigns = new LinkedHashMap<>();

    GraphCatalog(GraphAgencyProperties agency) {
        seed("1000001", "Стоматология «Улыбка»", "Имплантация", 30);
        seed("1000002", "Фитнес-клуб «Атлант»", "Абонемент", 12);
        seed("1000003", "Автосалон «Северный»", "Тест-драйв", 0);
        // Generated accounts for benchmarks: numbered after the named ones, so the named ones keep their ids.
        for (int n = 1; n <= agency.extraAccounts(); n++) {
            seed(Long.toString(2_000_000L + n), "Клиент агентства #" + n, "Заявки", agency.campaignsPerExtraAccount());
        }
    }

    List<Node> adAccounts() {
        return adAccounts;
    }

    Optional<Node> adAccount(String id) {
        return adAccounts.stream().filter(a -> a.id().equals(id)).findFirst();
    }

    List<Node> campaigns(String adAccountId) {
        return campaigns.getOrDefault(adAccountId, List.of());
    }

    private void seed(String accountId, String name, String theme, int campaignCount) {
        String id = "act_" + accountId;
        Map<String, Object> account = new LinkedHashMap<>();
        account.put("id", id);
        account.put("account_id", accountId);
        account.put("name", name);
        account.put("currency", "RUB");
        account.put("account_status", 1);
        account.put("timezone_name", "Europe/Moscow");
        // Meta's money fields are strings in the currency's minor units (kopecks).
        account.put("disable_reason", 0);
        account.put("balance", Long.toString(Long.parseLong(accountId) % 1000 * 1_000_00L));
        account.put("spend_cap", "0");
        account.put("amount_spent", Long.toString(Long.parseLong(accountId) % 1000 * 12_345_00L));
        account.put(
                "funding_source_details", Map.of("id", "fs_" + accountId, "display_string", "Visa *4242", "type", 1));
        adAccounts.add(new Node("AdAccount", account));

        List<Node> list = new ArrayList<>();
        for (int n = 1; n <= campaignCount; n++) {
            int serial = (int) (Long.parseLong(accountId) % 1000) * 100 + n;
            String status = n % 3 == 0 ? "PAUSED" : "ACTIVE";
            String created = FIRST_CREATED.plusDays(n - 1).format(GRAPH_TIME);
            Map<String, Object> campaign = new LinkedHashMap<>();
            campaign.put("id", Long.toString(campaignId(accountId, serial, n)));
            campaign.put("account_id", accountId);
            campaign.put("name", "%s — %s #%d".formatted(name, theme, n));
            campaign.put("status", status);
            campaign.put("effective_status", status);
            campaign.put("objective", OBJECTIVES.get((n - 1) % OBJECTIVES.size()));
            // Graph gives budgets as strings in the currency's minor units (kopecks).
            campaign.put("daily_budget", Long.toString(50_000L + 2_500L * n));
            campaign.put("lifetime_budget", null);
            campaign.put("start_time", created);
            // Every fourth campaign is booked for two months; the others run until stopped.
            campaign.put(
                    "stop_time", n % 4 == 0 ? FIRST_CREATED.plusDays(n + 59).format(GRAPH_TIME) : null);
            campaign.put("created_time", created);
            campaign.put("updated_time", created);
            list.add(new Node("Campaign", campaign));
        }
        campaigns.put(id, List.copyOf(list));
    }

    /** The named accounts keep their historic ids; generated ones get a range of their own, 10,000 each. */
    private static long campaignId(String accountId, int serial, int n) {
        long account = Long.parseLong(accountId);
        return account < 2_000_000L
                ? 120_210_000_000_000_000L + serial
                : 120_220_000_000_000_000L + (account % 1_000_000L) * 10_000L + n;
    }

    /** A Graph object: its node type (named in errors) and every field it has, in Graph's order. */
    record Node(String type, Map<String, Object> fields) {

        String id() {
            return (String) fields.get("id");
        }
    }
}
