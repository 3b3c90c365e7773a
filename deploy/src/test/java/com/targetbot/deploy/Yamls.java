package com.targetbot.deploy;

import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** Navigation in SnakeYAML's untyped trees, failing with the path that is missing rather than a bare cast error. */
final class Yamls {

    private Yamls() {}

    @SuppressWarnings("unchecked")
    static Map<String, Object> map(@Nullable Object node) {
        if (!(node instanceof Map<?, ?>)) {
            throw new AssertionError("expected a mapping, found " + node);
        }
        return (Map<String, Object>) node;
    }

    @SuppressWarnings("unchecked")
    static List<Object> list(@Nullable Object node) {
        if (!(node instanceof List<?>)) {
            throw new AssertionError("expected a sequence, found " + node);
        }
        return (List<Object>) node;
    }

    /** The node at a dotted path ({@code spec.template.spec}); null when any step is absent. */
    static @Nullable Object at(Object root, String path) {
        Object node = root;
        for (String step : path.split("\\.")) {
            if (!(node instanceof Map<?, ?> map)) {
                return null;
            }
            node = map.get(step);
        }
        return node;
    }

    static Map<String, Object> mapAt(Object root, String path) {
        Object node = at(root, path);
        if (node == null) {
            throw new AssertionError("missing " + path + " in " + root);
        }
        return map(node);
    }

    static List<Object> listAt(Object root, String path) {
        Object node = at(root, path);
        return node == null ? List.of() : list(node);
    }

    static String string(Object root, String path) {
        Object node = at(root, path);
        if (node == null) {
            throw new AssertionError("missing " + path + " in " + root);
        }
        return String.valueOf(node);
    }
}
