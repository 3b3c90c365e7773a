package com.targetbot.sandbox.graph;

import jakarta.servlet.http.HttpServletRequest;
import java.time.Instant;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The Graph calls of Lead Ads: the user's pages with their tokens ({@code /me/accounts}), a page's app
 * subscription ({@code /{page}/subscribed_apps}), its forms ({@code /{page}/leadgen_forms}), a form's leads
 * ({@code /{form}/leads}, with {@code filtering} on {@code time_created}) and one lead ({@code /{leadgen_id}}).
 */
@RestController
class LeadAdsController {

    private static final String VERSION = GraphApiController.VERSION;
    private static final List<String> DEFAULT_PAGE_FIELDS = List.of("access_token", "category", "name", "id", "tasks");
    private static final List<String> DEFAULT_FORM_FIELDS = List.of("id", "name", "status", "locale");
    private static final List<String> DEFAULT_LEAD_FIELDS = List.of("created_time", "id", "field_data");

    private final LeadAdsAuth auth;
    private final GraphAuth userAuth;
    private final LeadAdsCatalog catalog;
    private final GraphAdsController ads;
    private final GraphSandboxProperties app;
    private final JsonMapper json = JsonMapper.builder().build();

    LeadAdsController(
            LeadAdsAuth auth,
            GraphAuth userAuth,
            LeadAdsCatalog catalog,
            GraphSandboxProperties app,
            GraphAdsController ads) {
        this.auth = auth;
        this.ads = ads;
        this.userAuth = userAuth;
        this.catalog = catalog;
        this.app = app;
    }

    @GetMapping(VERSION + "/me/accounts")
    GraphPages.Page accounts(
            HttpServletRequest request,
            @RequestParam(required = false) @Nullable String fields,
            @RequestParam(required = false) @Nullable String limit,
            @RequestParam(required = false) @Nullable String after,
            @RequestParam(required = false) @Nullable String before) {
        userAuth.authorize(request);
        List<GraphCatalog.Node> pages =
                catalog.pages().stream().map(this::pageNode).toList();
        return GraphPages.page(
                pages,
                fields,
                DEFAULT_PAGE_FIELDS,
                limit,
                after,
                before,
                ServletUriComponentsBuilder.fromCurrentRequest());
    }

    /** A page, a lead form, a lead, or else an ad object ({@link GraphAdsController}): Graph ids are one namespace. */
    @GetMapping(VERSION + "/{id:\\d+}")
    Map<String, Object> node(
            @PathVariable String id,
            HttpServletRequest request,
            @RequestParam(required = false) @Nullable String fields) {
        Optional<LeadAdsCatalog.Page> page = catalog.page(id);
        if (page.isPresent()) {
            auth.requireUserOrPageToken(request, page.get());
            return GraphPages.select(pageNode(page.get()), fields, List.of("name", "id"));
        }
        Optional<LeadAdsCatalog.Page> formPage = catalog.pageOfForm(id);
        if (formPage.isPresent()) {
            auth.requirePageToken(request, formPage.get());
            return GraphPages.select(formNode(formPage.get()), fields, DEFAULT_FORM_FIELDS);
        }
        Optional<Map<String, Object>> found = catalog.lead(id);
        if (found.isEmpty()) {
            return ads.node(id, request, fields);
        }
        Map<String, Object> lead = found.get();
        auth.requirePageToken(
                request, catalog.pageOfForm((String) lead.get("form_id")).orElseThrow());
        return GraphPages.select(new GraphCatalog.Node("Lead", lead), fields, DEFAULT_LEAD_FIELDS);
    }

    @PostMapping(VERSION + "/{pageId:\\d+}/subscribed_apps")
    Map<String, Object> subscribe(
            @PathVariable String pageId,
            HttpServletRequest request,
            @RequestParam(name = "subscribed_fields", required = false) @Nullable String fields) {
        LeadAdsCatalog.Page page = catalog.page(pageId).orElseThrow(() -> missing(pageId));
        auth.requirePageToken(request, page);
        if (fields == null || fields.isBlank()) {
            throw GraphException.method(100, null, "(#100) The parameter subscribed_fields is required");
        }
        catalog.subscribe(
                pageId, Arrays.stream(fields.split(",")).map(String::trim).toList());
        return Map.of("success", true);
    }

    @GetMapping(VERSION + "/{pageId:\\d+}/subscribed_apps")
    Map<String, Object> subscriptions(@PathVariable String pageId, HttpServletRequest request) {
        LeadAdsCatalog.Page page = catalog.page(pageId).orElseThrow(() -> missing(pageId));
        auth.requirePageToken(request, page);
        List<String> fields = catalog.subscribedFields(pageId);
        List<Map<String, Object>> apps = fields.isEmpty()
                ? List.of()
                : List.of(Map.of("id", app.appId(), "name", "TargetBot", "subscribed_fields", fields));
        return Map.of("data", apps);
    }

    @GetMapping(VERSION + "/{pageId:\\d+}/leadgen_forms")
    GraphPages.Page forms(
            @PathVariable String pageId,
            HttpServletRequest request,
            @RequestParam(required = false) @Nullable String fields,
            @RequestParam(required = false) @Nullable String limit,
            @RequestParam(required = false) @Nullable String after,
            @RequestParam(required = false) @Nullable String before) {
        LeadAdsCatalog.Page page = catalog.page(pageId).orElseThrow(() -> missing(pageId));
        auth.requirePageToken(request, page);
        return GraphPages.page(
                List.of(formNode(page)),
                fields,
                DEFAULT_FORM_FIELDS,
                limit,
                after,
                before,
                ServletUriComponentsBuilder.fromCurrentRequest());
    }

    @GetMapping(VERSION + "/{formId:\\d+}/leads")
    GraphPages.Page leads(
            @PathVariable String formId,
            HttpServletRequest request,
            @RequestParam(required = false) @Nullable String fields,
            @RequestParam(required = false) @Nullable String filtering,
            @RequestParam(required = false) @Nullable String limit,
            @RequestParam(required = false) @Nullable String after,
            @RequestParam(required = false) @Nullable String before) {
        LeadAdsCatalog.Page page = catalog.pageOfForm(formId).orElseThrow(() -> missing(formId));
        auth.requirePageToken(request, page);
        List<GraphCatalog.Node> leads = catalog.leads(formId, createdAfter(filtering)).stream()
                .map(lead -> new GraphCatalog.Node("Lead", lead))
                .toList();
        return GraphPages.page(
                leads,
                fields,
                DEFAULT_LEAD_FIELDS,
                limit,
                after,
                before,
                ServletUriComponentsBuilder.fromCurrentRequest());
    }

    /** {@code [{"field":"time_created","operator":"GREATER_THAN","value":<unix seconds>}]}; other filters refused. */
    private @Nullable Instant createdAfter(@Nullable String filtering) {
        if (filtering == null || filtering.isBlank()) {
            return null;
        }
        JsonNode filters;
        try {
            filters = json.readTree(filtering);
        } catch (JacksonException e) {
            throw GraphException.method(100, null, "(#100) param filtering must be an array of filter objects");
        }
        Instant after = null;
        for (JsonNode filter : filters) {
            if (!"time_created".equals(filter.path("field").asString(""))
                    || !"GREATER_THAN".equals(filter.path("operator").asString(""))
                    || !filter.path("value").canConvertToLong()) {
                throw GraphException.method(
                        100,
                        null,
                        "(#100) Filtering field " + filter.path("field").asString("") + " is invalid");
            }
            after = Instant.ofEpochSecond(filter.path("value").asLong());
        }
        return after;
    }

    private GraphCatalog.Node pageNode(LeadAdsCatalog.Page page) {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("access_token", page.accessToken());
        fields.put("category", page.category());
        fields.put("name", page.name());
        fields.put("id", page.id());
        fields.put("tasks", List.of("ADVERTISE", "ANALYZE", "CREATE_CONTENT", "MESSAGING", "MODERATE", "MANAGE"));
        return new GraphCatalog.Node("Page", fields);
    }

    private GraphCatalog.Node formNode(LeadAdsCatalog.Page page) {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("id", page.form().id());
        fields.put("name", page.form().name());
        fields.put("status", "ACTIVE");
        fields.put("locale", "ru_RU");
        fields.put("questions", catalog.questions());
        fields.put("page_id", page.id());
        return new GraphCatalog.Node("LeadgenForm", fields);
    }

    private static GraphException missing(String id) {
        return GraphException.method(
                100,
                33,
                ("Unsupported get request. Object with ID '%s' does not exist, cannot be loaded due to"
                                + " missing permissions, or does not support this operation.")
                        .formatted(id));
    }
}
