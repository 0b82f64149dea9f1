package org.stadtkern.core.api.http;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A path below a servlet's pattern with {@code {name}} segments, e.g. {@code /{id}/capacity}. A
 * segment matches an id: letters, digits and {@code . _ : -}, starting with a letter or digit, at most
 * 100 characters; anything else (slashes, spaces, quotes, {@code ..}) matches no template.
 */
final class PathTemplate {

    private static final Pattern ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._:-]{0,99}");

    private final List<String> segments;

    private PathTemplate(List<String> segments) {
        this.segments = segments;
    }

    static PathTemplate of(String template) {
        String path = normalise(template);
        return new PathTemplate(path.isEmpty() ? List.of() : List.of(path.substring(1).split("/", -1)));
    }

    /** The path info without a trailing slash; {@code ""} for none. */
    static String normalise(String path) {
        if (path == null || path.equals("/")) {
            return "";
        }
        return path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
    }

    /** The values of the named segments, or empty when the path does not match. */
    Optional<Map<String, String>> match(String path) {
        String[] parts = path.isEmpty() ? new String[0] : path.substring(1).split("/", -1);
        if (parts.length != segments.size()) {
            return Optional.empty();
        }
        Map<String, String> values = new HashMap<>();
        for (int i = 0; i < parts.length; i++) {
            String segment = segments.get(i);
            if (segment.startsWith("{") && segment.endsWith("}")) {
                if (!ID.matcher(parts[i]).matches()) {
                    return Optional.empty();
                }
                values.put(segment.substring(1, segment.length() - 1), parts[i]);
            } else if (!segment.equals(parts[i])) {
                return Optional.empty();
            }
        }
        return Optional.of(values);
    }
}
