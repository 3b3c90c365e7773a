package com.targetbot.sandbox.graph;

import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/** The Graph reads meta-service makes: the token's person (or system user), their's ad accounts and an ad account's campaigns. */
@RestController
class GraphApiController {

    /** Any Graph version (v23.0, v24.0, ...); Graph answers all supported versions the same for these reads. */
    static final String VERSION = "/{version:v\\d+\\.\\d+}";

    private static final List<String> DEFAULT_ACCOUNT_FIELDS = List.of("account_id", "id");
    private static final List<String> DEFAULT_CAMPAIGN_FIELDS = List.of("id");

    private final GraphAuth auth;
    private final GraphCatalog catalog;

    GraphApiController(GraphAuth auth, GraphCatalog catalog) {
        this.auth = auth;
        this.catalog = catalog;
    }

    @GetMapping(VERSION + "/me")
    Map<String, Object> me(HttpServletRequest request, @RequestParam(required = false) @Nullable String fields) {
        GraphPeople.Person person = auth.authorize(request);
        GraphCatalog.Node me = new GraphCatalog.Node("User", Map.of("id", person.id(), "name", person.name()));
        return GraphPages.select(me, fields, List.of("name", "id"));
    }

    @GetMapping(VERSION + "/me/adaccounts")
    GraphPages.Page adAccounts(
            HttpServletRequest request,
            @RequestParam(required = false) @Nullable String fields,
            @RequestParam(required = false) @Nullable String limit,
            @RequestParam(required = false) @Nullable String after,
            @RequestParam(required = false) @Nullable String before) {
        GraphPeople.Person person = auth.authorize(request);
        return GraphPages.page(
                person.seesCatalog() ? catalog.adAccounts() : List.of(),
                fields,
                DEFAULT_ACCOUNT_FIELDS,
                limit,
                after,
                before,
                ServletUriComponentsBuilder.fromCurrentRequest());
    }

    @GetMapping(VERSION + "/{adAccountId:act_\\d+}")
    Map<String, Object> adAccount(
            @PathVariable String adAccountId,
            HttpServletRequest request,
            @RequestParam(required = false) @Nullable String fields) {
        auth.authorize(request);
        return GraphPages.select(existing(adAccountId), fields, DEFAULT_ACCOUNT_FIELDS);
    }

    @GetMapping(VERSION + "/{adAccountId:act_\\d+}/campaigns")
    GraphPages.Page campaigns(
            @PathVariable String adAccountId,
            HttpServletRequest request,
            @RequestParam(required = false) @Nullable String fields,
            @RequestParam(required = false) @Nullable String limit,
            @RequestParam(required = false) @Nullable String after,
            @RequestParam(required = false) @Nullable String before) {
        auth.authorize(request);
        existing(adAccountId);
        return GraphPages.page(
                catalog.campaigns(adAccountId),
                fields,
                DEFAULT_CAMPAIGN_FIELDS,
                limit,
                after,
                before,
                ServletUriComponentsBuilder.fromCurrentRequest());
    }

    private GraphCatalog.Node existing(String adAccountId) {
        return catalog.adAccount(adAccountId)
                .orElseThrow(() -> GraphException.method(
                        100,
                        33,
                        ("Unsupported get request. Object with ID '%s' does not exist, cannot be loaded due to"
                                        + " missing permissions, or does not support this operation.")
                                .formatted(adAccountId)));
    }
}
