package org.stadtkern.sensorthings.internal.store;

import java.math.BigDecimal;
import java.time.OffsetDateTime;

import org.stadtkern.sensorthings.internal.query.TimeInterval;

import com.fasterxml.jackson.databind.JsonNode;

/** Comparison and conversion of the values expressions work on. */
final class Values {

    private Values() {
    }

    /** A JSON scalar as BigDecimal, String or Boolean; null stays null; objects and arrays stay JSON. */
    static Object of(JsonNode node) {
        if (node == null || node.isNull() || node.isMissingNode()) {
            return null;
        }
        if (node.isNumber()) {
            return node.decimalValue();
        }
        if (node.isTextual()) {
            return node.textValue();
        }
        if (node.isBoolean()) {
            return node.booleanValue();
        }
        return node;
    }

    /**
     * Compares two values of the same kind; JSON objects compare by their JSON text. Returns
     * {@code null} when the values cannot be compared (a number and a string, say).
     */
    static Integer compare(Object left, Object right) {
        if (left == null || right == null) {
            return null;
        }
        if (left instanceof BigDecimal a && right instanceof BigDecimal b) {
            return a.compareTo(b);
        }
        if (left instanceof String a && right instanceof String b) {
            return a.compareTo(b);
        }
        if (left instanceof Boolean a && right instanceof Boolean b) {
            return a.compareTo(b);
        }
        OffsetDateTime a = start(left);
        OffsetDateTime b = start(right);
        if (a != null && b != null) {
            return a.compareTo(b);
        }
        if (left instanceof JsonNode x && right instanceof JsonNode y) {
            return x.toString().compareTo(y.toString());
        }
        return null;
    }

    /**
     * Whether a comparison of two values holds; with a missing value it does not. An interval is
     * greater when it starts after the other ends.
     */
    static boolean holds(String operator, Object left, Object right) {
        if (left == null || right == null) {
            return false;
        }
        if (left instanceof TimeInterval || right instanceof TimeInterval) {
            return holdsForTimes(operator, left, right);
        }
        Integer order = compare(left, right);
        return order != null && test(operator, order);
    }

    private static boolean holdsForTimes(String operator, Object left, Object right) {
        OffsetDateTime leftStart = start(left);
        OffsetDateTime leftEnd = end(left);
        OffsetDateTime rightStart = start(right);
        OffsetDateTime rightEnd = end(right);
        if (leftStart == null || rightStart == null) {
            return false;
        }
        return switch (operator) {
            case "eq" -> leftStart.isEqual(rightStart) && leftEnd.isEqual(rightEnd);
            case "ne" -> !(leftStart.isEqual(rightStart) && leftEnd.isEqual(rightEnd));
            case "gt" -> leftStart.isAfter(rightEnd);
            case "ge" -> !leftStart.isBefore(rightEnd);
            case "lt" -> leftEnd.isBefore(rightStart);
            case "le" -> !leftEnd.isAfter(rightStart);
            default -> false;
        };
    }

    private static boolean test(String operator, int order) {
        return switch (operator) {
            case "eq" -> order == 0;
            case "ne" -> order != 0;
            case "gt" -> order > 0;
            case "ge" -> order >= 0;
            case "lt" -> order < 0;
            case "le" -> order <= 0;
            default -> false;
        };
    }

    static BigDecimal number(Object value) {
        if (value instanceof BigDecimal number) {
            return number;
        }
        if (value instanceof String text) {
            try {
                return new BigDecimal(text.trim());
            } catch (NumberFormatException e) {
                return null;
            }
        }
        return null;
    }

    static OffsetDateTime start(Object value) {
        if (value instanceof OffsetDateTime time) {
            return time;
        }
        if (value instanceof TimeInterval interval) {
            return interval.start();
        }
        return null;
    }

    static OffsetDateTime end(Object value) {
        if (value instanceof TimeInterval interval) {
            return interval.end();
        }
        return start(value);
    }
}
