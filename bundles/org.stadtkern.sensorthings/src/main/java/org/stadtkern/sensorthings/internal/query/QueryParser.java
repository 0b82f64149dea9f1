package org.stadtkern.sensorthings.internal.query;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Parses the system query options of a request ({@code $filter}, {@code $expand}, ...) and the
 * nested options inside {@code $expand=Datastreams($top=1;$orderby=...)}.
 */
public final class QueryParser {

    private static final int MAX_TOP = Integer.MAX_VALUE;

    private QueryParser() {
    }

    /** Parses the decoded query parameters of a request; unknown $-options are refused. */
    public static Query parse(Map<String, String> parameters) throws QueryException {
        return parse(parameters, 0);
    }

    private static Query parse(Map<String, String> parameters, int depth) throws QueryException {
        if (depth > ExpressionParser.MAX_DEPTH) {
            throw new QueryException("$expand is nested deeper than " + ExpressionParser.MAX_DEPTH + " levels.");
        }
        Expr filter = null;
        List<OrderBy> orderBy = List.of();
        Integer top = null;
        int skip = 0;
        boolean count = false;
        List<String> select = List.of();
        List<Query.Expand> expand = List.of();
        boolean dataArray = false;
        for (Map.Entry<String, String> option : parameters.entrySet()) {
            String value = option.getValue();
            switch (option.getKey()) {
                case "$filter" -> filter = ExpressionParser.parse(value);
                case "$orderby" -> orderBy = ExpressionParser.orderBy(value);
                case "$top" -> top = nonNegative("$top", value);
                case "$skip" -> skip = nonNegative("$skip", value);
                case "$count" -> count = bool("$count", value);
                case "$select" -> select = names(value);
                case "$expand" -> expand = expand(value, depth);
                case "$resultFormat" -> dataArray = resultFormat(value);
                default -> {
                    if (option.getKey().startsWith("$")) {
                        throw new QueryException("Unknown query option '" + option.getKey() + "'.");
                    }
                }
            }
        }
        return new Query(filter, orderBy, top, skip, count, select, expand, dataArray);
    }

    private static int nonNegative(String option, String value) throws QueryException {
        try {
            long parsed = Long.parseLong(value.trim());
            if (parsed < 0) {
                throw new QueryException(option + " must not be negative.");
            }
            return (int) Math.min(parsed, MAX_TOP);
        } catch (NumberFormatException e) {
            throw new QueryException(option + " must be a non-negative integer, not '" + value + "'.");
        }
    }

    private static boolean bool(String option, String value) throws QueryException {
        return switch (value.trim()) {
            case "true" -> true;
            case "false" -> false;
            default -> throw new QueryException(option + " must be true or false.");
        };
    }

    private static boolean resultFormat(String value) throws QueryException {
        if ("dataArray".equals(value.trim())) {
            return true;
        }
        throw new QueryException("$resultFormat supports only dataArray.");
    }

    private static List<String> names(String value) throws QueryException {
        List<String> names = new ArrayList<>();
        for (String name : value.split(",")) {
            String trimmed = name.trim();
            if (!trimmed.matches("[A-Za-z@][A-Za-z0-9_.@]*")) {
                throw new QueryException("$select expects property names, not '" + trimmed + "'.");
            }
            names.add(trimmed);
        }
        return List.copyOf(names);
    }

    private static List<Query.Expand> expand(String value, int depth) throws QueryException {
        List<Query.Expand> items = new ArrayList<>();
        for (String item : split(value, ',')) {
            String trimmed = item.trim();
            int open = trimmed.indexOf('(');
            String path = open < 0 ? trimmed : trimmed.substring(0, open);
            Query options = Query.NONE;
            if (open >= 0) {
                if (!trimmed.endsWith(")")) {
                    throw new QueryException("Unbalanced parentheses in $expand item '" + trimmed + "'.");
                }
                options = parse(nestedOptions(trimmed.substring(open + 1, trimmed.length() - 1)), depth + 1);
            }
            List<String> segments = new ArrayList<>();
            for (String segment : path.split("/", -1)) {
                if (!segment.matches("[A-Za-z]+")) {
                    throw new QueryException("$expand expects navigation properties, not '" + path + "'.");
                }
                segments.add(segment);
            }
            items.add(new Query.Expand(List.copyOf(segments), options));
        }
        return List.copyOf(items);
    }

    private static Map<String, String> nestedOptions(String text) throws QueryException {
        Map<String, String> options = new LinkedHashMap<>();
        for (String option : split(text, ';')) {
            int equals = option.indexOf('=');
            if (equals <= 0) {
                throw new QueryException("Expected option=value inside $expand, not '" + option + "'.");
            }
            String name = option.substring(0, equals).trim();
            if (!name.startsWith("$") || options.put(name, option.substring(equals + 1)) != null) {
                throw new QueryException("Unexpected or repeated option '" + name + "' inside $expand.");
            }
        }
        return options;
    }

    /** Splits at separators that are neither inside parentheses nor inside quoted strings. */
    static List<String> split(String text, char separator) throws QueryException {
        List<String> parts = new ArrayList<>();
        int level = 0;
        boolean quoted = false;
        int start = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\'') {
                quoted = !quoted;
            } else if (!quoted && c == '(') {
                level++;
            } else if (!quoted && c == ')') {
                if (--level < 0) {
                    throw new QueryException("Unbalanced parentheses in '" + text + "'.");
                }
            } else if (!quoted && level == 0 && c == separator) {
                parts.add(text.substring(start, i));
                start = i + 1;
            }
        }
        if (level != 0 || quoted) {
            throw new QueryException("Unbalanced parentheses or quotes in '" + text + "'.");
        }
        parts.add(text.substring(start));
        return parts;
    }
}
