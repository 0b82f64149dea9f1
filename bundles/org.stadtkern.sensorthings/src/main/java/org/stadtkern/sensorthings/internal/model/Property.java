package org.stadtkern.sensorthings.internal.model;

/**
 * A property of an entity type.
 *
 * @param name the name in JSON and URLs
 * @param column the SQL column (for intervals the prefix of {@code _start} and {@code _end})
 * @param kind how it is stored
 * @param required whether a create must give it
 */
public record Property(String name, String column, PropertyKind kind, boolean required) {

    static Property required(String name, PropertyKind kind) {
        return new Property(name, column(name), kind, true);
    }

    static Property optional(String name, PropertyKind kind) {
        return new Property(name, column(name), kind, false);
    }

    /** The SQL column holding an instant, or the start of an interval. */
    public String startColumn() {
        return switch (kind) {
            case INTERVAL, INSTANT_OR_INTERVAL -> column + "_start";
            default -> column;
        };
    }

    /** The SQL column holding the end of an interval (equal to the start column for instants). */
    public String endColumn() {
        return switch (kind) {
            case INTERVAL, INSTANT_OR_INTERVAL -> column + "_end";
            default -> column;
        };
    }

    private static String column(String name) {
        StringBuilder column = new StringBuilder();
        for (char c : name.toCharArray()) {
            if (Character.isUpperCase(c)) {
                column.append('_').append(Character.toLowerCase(c));
            } else {
                column.append(c);
            }
        }
        return column.toString();
    }
}
