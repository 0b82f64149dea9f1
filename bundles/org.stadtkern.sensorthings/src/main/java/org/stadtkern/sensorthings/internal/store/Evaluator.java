package org.stadtkern.sensorthings.internal.store;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

import org.stadtkern.sensorthings.internal.model.Entity;
import org.stadtkern.sensorthings.internal.model.Navigation;
import org.stadtkern.sensorthings.internal.model.Property;
import org.stadtkern.sensorthings.internal.query.Expr;
import org.stadtkern.sensorthings.internal.query.QueryException;
import org.stadtkern.sensorthings.internal.query.Times;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Evaluates an expression on an entity in Java: the reference semantics of $filter and $orderby,
 * used for what {@link SqlFilter} does not translate (JSON sub-properties, geometry, date parts).
 */
final class Evaluator {

    /** Loads the entities a navigation leads to. */
    interface Related {
        Entity load(Entity from, Navigation navigation) throws QueryException;

        List<Entity> loadAll(Entity from, Navigation navigation) throws QueryException;
    }

    private static final OffsetDateTime MIN_TIME = OffsetDateTime.of(1, 1, 1, 0, 0, 0, 0, ZoneOffset.UTC);
    private static final OffsetDateTime MAX_TIME = OffsetDateTime.of(9999, 12, 31, 23, 59, 59, 999_000_000,
            ZoneOffset.UTC);

    private final Related related;

    Evaluator(Related related) {
        this.related = related;
    }

    /** Whether a predicate holds; through a to-many navigation it holds if it does for any target. */
    boolean matches(Expr filter, Entity entity) throws QueryException {
        if (filter instanceof Expr.Binary binary
                && ("and".equals(binary.operator()) || "or".equals(binary.operator()))) {
            boolean left = matches(binary.left(), entity);
            return "and".equals(binary.operator()) ? left && matches(binary.right(), entity)
                    : left || matches(binary.right(), entity);
        }
        if (filter instanceof Expr.Unary unary && "not".equals(unary.operator())) {
            return !matches(unary.operand(), entity);
        }
        Navigation navigation = Navigations.common(filter, entity.type());
        if (navigation != null && !navigation.toOne()) {
            Expr inner = Navigations.strip(filter);
            for (Entity target : related.loadAll(entity, navigation)) {
                if (matches(inner, target)) {
                    return true;
                }
            }
            return false;
        }
        return Boolean.TRUE.equals(evaluate(filter, entity));
    }

    Object evaluate(Expr expr, Entity entity) throws QueryException {
        if (expr instanceof Expr.Literal literal) {
            return literal.value();
        }
        if (expr instanceof Expr.Path path) {
            return path(path.segments(), entity);
        }
        if (expr instanceof Expr.Unary unary) {
            return unary(unary, entity);
        }
        if (expr instanceof Expr.Binary binary) {
            return binary(binary, entity);
        }
        return call((Expr.Call) expr, entity);
    }

    private Object path(List<String> segments, Entity entity) throws QueryException {
        String first = segments.get(0);
        if (("id".equals(first) || "@iot.id".equals(first)) && segments.size() == 1) {
            return BigDecimal.valueOf(entity.id());
        }
        Property property = entity.type().property(first).orElse(null);
        if (property != null) {
            Object value = entity.value(first);
            if (value instanceof JsonNode json) {
                for (String segment : segments.subList(1, segments.size())) {
                    json = segment.matches("\\d+") && json.isArray() ? json.path(Integer.parseInt(segment))
                            : json.path(segment);
                }
                return Values.of(json);
            }
            return segments.size() == 1 ? value : null;
        }
        Navigation navigation = entity.type().navigation(first).orElseThrow(() -> new QueryException(
                entity.type().singular() + " has no property '" + first + "'."));
        if (!navigation.toOne()) {
            throw new QueryException("Filtering through " + navigation.name()
                    + " is supported only in comparisons with constants.");
        }
        if (segments.size() == 1) {
            throw new QueryException("A filter cannot compare the entity " + first + " itself.");
        }
        Entity target = related.load(entity, navigation);
        return target == null ? null : path(segments.subList(1, segments.size()), target);
    }

    private Object unary(Expr.Unary unary, Entity entity) throws QueryException {
        Object operand = evaluate(unary.operand(), entity);
        if ("not".equals(unary.operator())) {
            return operand instanceof Boolean b ? !b : null;
        }
        BigDecimal number = Values.number(operand);
        return number == null ? null : number.negate();
    }

    private Object binary(Expr.Binary binary, Entity entity) throws QueryException {
        String operator = binary.operator();
        if ("and".equals(operator)) {
            return matches(binary.left(), entity) && matches(binary.right(), entity);
        }
        if ("or".equals(operator)) {
            return matches(binary.left(), entity) || matches(binary.right(), entity);
        }
        Object left = evaluate(binary.left(), entity);
        Object right = evaluate(binary.right(), entity);
        if (isNull(binary.left()) || isNull(binary.right())) {
            boolean missing = left == null && right == null;
            return "eq".equals(operator) ? missing : "ne".equals(operator) ? !missing : Boolean.FALSE;
        }
        return switch (operator) {
            case "eq", "ne", "gt", "ge", "lt", "le" -> Values.holds(operator, asLiteral(left, binary.right()),
                    asLiteral(right, binary.left()));
            default -> arithmetic(operator, left, right);
        };
    }

    /**
     * A value compared with a literal takes the literal's type: a number compared with a string
     * literal compares as text ({@code result gt '3'}), a string compared with a number literal does
     * not match. This is what the SQL translation does with its result columns.
     */
    private static Object asLiteral(Object value, Expr other) {
        if (other instanceof Expr.Literal literal) {
            if (literal.value() instanceof String && value instanceof BigDecimal number) {
                return number.toPlainString();
            }
            if (literal.value() instanceof BigDecimal && value instanceof String) {
                return null;
            }
        }
        return value;
    }

    /** Numbers beyond double's range take no part in arithmetic (and cannot be made to cost time). */
    private static boolean tooLarge(BigDecimal number) {
        return Math.abs((long) number.precision() - number.scale()) > 400 || Math.abs(number.scale()) > 400;
    }

    private static boolean isNull(Expr expr) {
        return expr instanceof Expr.Literal literal && literal.value() == null;
    }

    private static Object arithmetic(String operator, Object left, Object right) throws QueryException {
        if (left instanceof OffsetDateTime time && right instanceof Duration duration) {
            return "add".equals(operator) ? time.plus(duration) : "sub".equals(operator) ? time.minus(duration)
                    : null;
        }
        if (left instanceof OffsetDateTime a && right instanceof OffsetDateTime b && "sub".equals(operator)) {
            return Duration.between(b, a);
        }
        BigDecimal a = Values.number(left);
        BigDecimal b = Values.number(right);
        if (a == null || b == null) {
            return null;
        }
        if (tooLarge(a) || tooLarge(b)) {
            return null;
        }
        return switch (operator) {
            case "add" -> a.add(b, MathContext.DECIMAL128);
            case "sub" -> a.subtract(b, MathContext.DECIMAL128);
            case "mul" -> a.multiply(b, MathContext.DECIMAL128);
            case "div" -> b.signum() == 0 ? null : a.divide(b, MathContext.DECIMAL128);
            case "mod" -> b.signum() == 0 ? null : a.remainder(b, MathContext.DECIMAL128);
            default -> throw new QueryException("Unknown operator " + operator + ".");
        };
    }

    private Object call(Expr.Call call, Entity entity) throws QueryException {
        String function = call.function();
        Object[] args = new Object[call.arguments().size()];
        for (int i = 0; i < args.length; i++) {
            args[i] = evaluate(call.arguments().get(i), entity);
        }
        if (function.startsWith("geo.") || function.startsWith("st_")) {
            return Geometries.call(function, args);
        }
        return switch (function) {
            case "now" -> Times.now();
            case "mindatetime" -> MIN_TIME;
            case "maxdatetime" -> MAX_TIME;
            case "round", "floor", "ceiling" -> rounding(function, args[0]);
            case "year", "month", "day", "hour", "minute", "second", "fractionalseconds", "date", "time",
                    "totaloffsetminutes" -> TimeFunctions.call(function, args[0]);
            default -> StringFunctions.call(function, args);
        };
    }

    private static Object rounding(String function, Object value) {
        BigDecimal number = Values.number(value);
        if (number == null) {
            return null;
        }
        RoundingMode mode = switch (function) {
            case "floor" -> RoundingMode.FLOOR;
            case "ceiling" -> RoundingMode.CEILING;
            default -> RoundingMode.HALF_UP;
        };
        return number.setScale(0, mode);
    }
}
