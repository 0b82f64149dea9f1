package org.stadtkern.sensorthings.internal.store;

import org.stadtkern.sensorthings.internal.store.Sql.Kind;

/**
 * SQL for the comparison operators, with the semantics of {@link Values#holds}: a comparison with a
 * missing value is false (only {@code eq null} and {@code ne null} test for it); an interval is
 * greater than a time when it starts after it, and less when it ends before it.
 */
final class Comparisons {

    private Comparisons() {
    }

    static Sql compare(String operator, Sql left, Sql right) {
        if (left.kind() == Kind.NULL || right.kind() == Kind.NULL) {
            Sql other = left.kind() == Kind.NULL ? right : left;
            return switch (operator) {
                case "eq" -> Sql.join("(%s is null)", Kind.BOOLEAN, other);
                case "ne" -> Sql.join("(%s is not null)", Kind.BOOLEAN, other);
                default -> Sql.of("false", Kind.BOOLEAN);
            };
        }
        if (right.kind() == Kind.INTERVAL && left.kind() != Kind.INTERVAL) {
            return compare(mirror(operator), right, left);
        }
        if (left.kind() == Kind.INTERVAL) {
            return right.kind() == Kind.TIME ? interval(operator, left, right) : null;
        }
        if (left.kind() == Kind.RESULT || right.kind() == Kind.RESULT) {
            return result(operator, left, right);
        }
        if (left.kind() != right.kind() || left.kind() == Kind.BOOLEAN) {
            return null;
        }
        return scalar(operator, left, right);
    }

    private static Sql scalar(String operator, Sql left, Sql right) {
        return Sql.join("(%s " + sqlOperator(operator) + " %s)", Kind.BOOLEAN, left, right);
    }

    private static Sql interval(String operator, Sql interval, Sql time) {
        Sql start = Sql.of(interval.text(), Kind.TIME);
        Sql end = Sql.of(interval.end(), Kind.TIME);
        return switch (operator) {
            case "gt", "ge" -> Sql.join("(%s " + sqlOperator(operator) + " %s)", Kind.BOOLEAN, start, time);
            case "lt", "le" -> Sql.join("(%s " + sqlOperator(operator) + " %s)", Kind.BOOLEAN, end, time);
            case "eq" -> Sql.join("(%s = %s and %s = %s)", Kind.BOOLEAN, start, time, end, time);
            default -> Sql.join("(not (%s = %s and %s = %s))", Kind.BOOLEAN, start, time, end, time);
        };
    }

    private static Sql result(String operator, Sql left, Sql right) {
        boolean resultLeft = left.kind() == Kind.RESULT;
        Sql result = resultLeft ? left : right;
        Sql other = resultLeft ? right : left;
        String op = resultLeft ? operator : mirror(operator);
        if (other.kind() == Kind.NUMBER) {
            return scalar(op, Sql.of(result.text() + "_number", Kind.NUMBER), other);
        }
        if (other.kind() == Kind.STRING) {
            return scalar(op, Sql.of(result.text() + "_string", Kind.STRING), other);
        }
        return null;
    }

    private static String mirror(String operator) {
        return switch (operator) {
            case "gt" -> "lt";
            case "ge" -> "le";
            case "lt" -> "gt";
            case "le" -> "ge";
            default -> operator;
        };
    }

    private static String sqlOperator(String operator) {
        return switch (operator) {
            case "eq" -> "=";
            case "ne" -> "<>";
            case "gt" -> ">";
            case "ge" -> ">=";
            case "lt" -> "<";
            default -> "<=";
        };
    }
}
