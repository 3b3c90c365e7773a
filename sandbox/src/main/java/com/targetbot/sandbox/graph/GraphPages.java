package com.targetbot.sandbox.graph;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.targetbot.sandbox.graph.GraphCatalog.Node;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * Graph's read conventions: {@code fields} selection (id always included), cursor paging with opaque cursors,
 * {@code limit} defaulting to 25 and capped at 100, and absolute {@code next}/{@code previous} links that repeat
 * the request's own parameters.
 */
final class GraphPages {

    static final int DEFAULT_LIMIT = 25;
    static final int MAX_LIMIT = 100;

    private GraphPages() {}

    static Map<String, Object> select(Node node, @Nullable String fields, List<String> defaultFields) {
        List<String> wanted = fields == null || fields.isBlank()
                ? defaultFields
                : Arrays.stream(fields.split(","))
                        .map(String::trim)
                        .filter(f -> !f.isEmpty())
                        .toList();
        Map<String, Object> selected = new LinkedHashMap<>();
        for (String field : wanted) {
            if (!node.fields().containsKey(field)) {
                throw GraphException.method(
                        100,
                        null,
                        "(#100) Tried accessing nonexisting field (%s) on node type (%s)"
                                .formatted(field, node.type()));
            }
            Object value = node.fields().get(field);
            if (value != null) { // Graph leaves out a field the object has no value for, e.g. no stop time.
                selected.put(field, value);
            }
        }
        selected.putIfAbsent("id", node.id());
        return selected;
    }

    static Page page(
            List<Node> nodes,
            @Nullable String fields,
            List<String> defaultFields,
            @Nullable String limitParam,
            @Nullable String after,
            @Nullable String before,
            UriComponentsBuilder request) {
        int limit = limit(limitParam);
        int from;
        int to;
        if (after != null && !after.isEmpty()) {
            from = indexOf(nodes, after) + 1;
            to = Math.min(nodes.size(), from + limit);
        } else if (before != null && !before.isEmpty()) {
            to = indexOf(nodes, before);
            from = Math.max(0, to - limit);
        } else {
            from = 0;
            to = Math.min(nodes.size(), limit);
        }
        List<Node> slice = nodes.subList(from, to);
        List<Map<String, Object>> data =
                slice.stream().map(n -> select(n, fields, defaultFields)).toList();
        if (slice.isEmpty()) {
            return new Page(data, null);
        }
        String first = cursor(slice.getFirst());
        String last = cursor(slice.getLast());
        String next = to < nodes.size() ? link(request, limit, "after", last, "before") : null;
        String previous = from > 0 ? link(request, limit, "before", first, "after") : null;
        return new Page(data, new Paging(new Cursors(first, last), next, previous));
    }

    private static int limit(@Nullable String limitParam) {
        if (limitParam == null || limitParam.isEmpty()) {
            return DEFAULT_LIMIT;
        }
        try {
            int limit = Integer.parseInt(limitParam);
            if (limit > 0) {
                return Math.min(limit, MAX_LIMIT);
            }
        } catch (NumberFormatException e) {
            // Falls through to Graph's error below.
        }
        throw GraphException.method(100, null, "(#100) Param limit must be a positive integer");
    }

    private static int indexOf(List<Node> nodes, String cursor) {
        String id;
        try {
            id = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            throw invalidCursor();
        }
        for (int i = 0; i < nodes.size(); i++) {
            if (nodes.get(i).id().equals(id)) {
                return i;
            }
        }
        throw invalidCursor();
    }

    private static GraphException invalidCursor() {
        return GraphException.method(100, null, "(#100) The cursor is invalid");
    }

    private static String cursor(Node node) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(node.id().getBytes(StandardCharsets.UTF_8));
    }

    private static String link(
            UriComponentsBuilder request, int limit, String cursorParam, String cursor, String otherCursorParam) {
        return request.cloneBuilder()
                .replaceQueryParam("limit", limit)
                .replaceQueryParam(otherCursorParam)
                .replaceQueryParam(cursorParam, cursor)
                .build()
                .toUriString();
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Page(List<Map<String, Object>> data, @Nullable Paging paging) {}

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Paging(
            Cursors cursors,
            @Nullable String next,
            @Nullable String previous) {}

    record Cursors(String before, String after) {}
}
