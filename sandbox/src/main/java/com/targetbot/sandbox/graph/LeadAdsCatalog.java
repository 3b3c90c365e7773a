package com.targetbot.sandbox.graph;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * The Lead Ads side of the sandbox's Meta world: the user's two pages (each with its page access token), a lead
 * form per page with Meta's standard questions and one custom question, and the leads people submitted. Leads
 * exist only once a test or a demo submits them ({@code POST /sandbox/graph/leads}).
 */
@Component
class LeadAdsCatalog {

    /** Graph's own timestamp format: offset without a colon. */
    static final DateTimeFormatter GRAPH_TIME =
            DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ssxx").withZone(ZoneOffset.UTC);

    private static final List<Map<String, Object>> QUESTIONS = List.of(
            question("full_name", "FULL_NAME", "Полное имя"),
            question("phone_number", "PHONE", "Номер телефона"),
            question("email", "EMAIL", "Эл. адрес"),
            question("preferred_time", "CUSTOM", "Когда вам удобно принять звонок?"));

    private final List<Page> pages = List.of(
            new Page(
                    "2000001",
                    "Стоматология «Улыбка»",
                    "Dentist & Dental Office",
                    new Form("3000001", "Консультация имплантолога"),
                    new Ad(
                            "120210000000000101",
                            "Стоматология «Улыбка» — Имплантация #1",
                            "120220000000000101",
                            "Москва, 30–55",
                            "120230000000000101",
                            "Имплантация — видео")),
            new Page(
                    "2000002",
                    "Фитнес-клуб «Атлант»",
                    "Gym/Physical Fitness Center",
                    new Form("3000002", "Гостевой визит"),
                    new Ad(
                            "120210000000000201",
                            "Фитнес-клуб «Атлант» — Абонемент #1",
                            "120220000000000201",
                            "Рядом с клубом",
                            "120230000000000201",
                            "Абонемент — карусель")));

    private final Map<String, Map<String, Object>> leads = new LinkedHashMap<>();
    private final Map<String, List<String>> subscribedFields = new LinkedHashMap<>();
    private final AtomicLong nextLeadId = new AtomicLong(4_000_000_000_001L);

    List<Page> pages() {
        return pages;
    }

    Optional<Page> page(String pageId) {
        return pages.stream().filter(page -> page.id().equals(pageId)).findFirst();
    }

    Optional<Page> pageOfForm(String formId) {
        return pages.stream().filter(page -> page.form().id().equals(formId)).findFirst();
    }

    /** The page whose token this is, if it is a page token the sandbox issued. */
    Optional<Page> pageWithToken(String token) {
        return pages.stream().filter(page -> page.accessToken().equals(token)).findFirst();
    }

    synchronized Optional<Map<String, Object>> lead(String leadgenId) {
        return Optional.ofNullable(leads.get(leadgenId)).map(LinkedHashMap::new);
    }

    /** A form's leads created after the given time, oldest first. */
    synchronized List<Map<String, Object>> leads(String formId, @Nullable Instant after) {
        return leads.values().stream()
                .filter(lead -> formId.equals(lead.get("form_id")))
                .filter(lead -> after == null || createdAt(lead).isAfter(after))
                .<Map<String, Object>>map(LinkedHashMap::new)
                .toList();
    }

    synchronized Map<String, Object> submit(
            Page page,
            Instant createdAt,
            String name,
            @Nullable String phone,
            @Nullable String email,
            Map<String, String> answers) {
        String id = Long.toString(nextLeadId.getAndIncrement());
        List<Map<String, Object>> fieldData = new ArrayList<>();
        fieldData.add(answer("full_name", name));
        if (phone != null) {
            fieldData.add(answer("phone_number", phone));
        }
        if (email != null) {
            fieldData.add(answer("email", email));
        }
        answers.forEach((key, value) -> fieldData.add(answer(key, value)));
        Ad ad = page.ad();
        Map<String, Object> lead = new LinkedHashMap<>();
        lead.put("id", id);
        lead.put("created_time", GRAPH_TIME.format(createdAt));
        lead.put("field_data", fieldData);
        lead.put("ad_id", ad.adId());
        lead.put("ad_name", ad.adName());
        lead.put("adset_id", ad.adsetId());
        lead.put("adset_name", ad.adsetName());
        lead.put("campaign_id", ad.campaignId());
        lead.put("campaign_name", ad.campaignName());
        lead.put("form_id", page.form().id());
        lead.put("platform", "fb");
        lead.put("is_organic", false);
        leads.put(id, lead);
        return new LinkedHashMap<>(lead);
    }

    synchronized void subscribe(String pageId, List<String> fields) {
        subscribedFields.put(pageId, List.copyOf(fields));
    }

    synchronized List<String> subscribedFields(String pageId) {
        return subscribedFields.getOrDefault(pageId, List.of());
    }

    static Instant createdAt(Map<String, Object> lead) {
        return GRAPH_TIME.parse((String) lead.get("created_time"), Instant::from);
    }

    List<Map<String, Object>> questions() {
        return QUESTIONS;
    }

    private static Map<String, Object> answer(String name, String value) {
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("name", name);
        answer.put("values", List.of(value));
        return answer;
    }

    private static Map<String, Object> question(String key, String type, String label) {
        Map<String, Object> question = new LinkedHashMap<>();
        question.put("key", key);
        question.put("label", label);
        question.put("type", type);
        return question;
    }

    /** A Facebook page of the user; its token is what Meta hands out in {@code /me/accounts}. */
    record Page(String id, String name, String category, Form form, Ad ad) {

        String accessToken() {
            return "sandbox-page-token-" + id;
        }
    }

    record Form(String id, String name) {}

    /** The ad every lead of a page's form comes from. */
    record Ad(String campaignId, String campaignName, String adsetId, String adsetName, String adId, String adName) {}
}
