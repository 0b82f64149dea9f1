package org.stadtkern.sensorthings.internal.store;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.stadtkern.sensorthings.internal.model.EntityType;
import org.stadtkern.sensorthings.internal.model.Navigation;
import org.stadtkern.sensorthings.internal.model.Property;
import org.stadtkern.sensorthings.internal.model.PropertyKind;
import org.stadtkern.sensorthings.internal.query.Expr;
import org.stadtkern.sensorthings.internal.query.Times;
import org.stadtkern.sensorthings.internal.store.Sql.Kind;


/**
 * Translates $filter and $orderby expressions into SQL that H2 and PostgreSQL both understand.
 * Whatever it cannot translate it returns as {@code null}; the caller then evaluates that part in
 * Java with {@link Evaluator}, which has the same semantics.
 */
final class SqlFilter {

    private static final Set<String> LIKE_FUNCTIONS = Set.of("startswith", "endswith", "substringof", "contains");

    private int aliases;

    /** A predicate on rows of {@code type} named {@code alias}, or {@code null}. */
    Sql predicate(Expr expr, EntityType type, String alias) {
        if (expr instanceof Expr.Binary binary && ("and".equals(binary.operator()) || "or".equals(binary.operator()))) {
            Sql left = predicate(binary.left(), type, alias);
            Sql right = predicate(binary.right(), type, alias);
            return left == null || right == null ? null
                    : Sql.join("(%s " + binary.operator() + " %s)", Kind.BOOLEAN, left, right);
        }
        if (expr instanceof Expr.Unary unary && "not".equals(unary.operator())) {
            Sql operand = predicate(unary.operand(), type, alias);
            return operand == null ? null : Sql.join("(not coalesce(%s, false))", Kind.BOOLEAN, operand);
        }
        Navigation navigation = Navigations.common(expr, type);
        if (navigation != null) {
            return through(navigation, expr, alias);
        }
        Sql sql = expression(expr, type, alias);
        return sql != null && sql.kind() == Kind.BOOLEAN ? sql : null;
    }

    /** An $orderby key as SQL, or {@code null}; JSON values order by their JSON text. */
    Sql orderKey(Expr expr, EntityType type, String alias) {
        if (expr instanceof Expr.Path path && path.segments().size() == 1) {
            Property property = type.property(path.segments().get(0)).orElse(null);
            if (property != null && (property.kind() == PropertyKind.JSON || property.kind() == PropertyKind.GEOJSON)) {
                return Sql.of(alias + "." + property.column(), Kind.STRING);
            }
        }
        Sql sql = expression(expr, type, alias);
        if (sql == null || sql.kind() == Kind.BOOLEAN || sql.kind() == Kind.NULL) {
            return null;
        }
        if (sql.kind() == Kind.RESULT) {
            return Sql.of(alias + ".result_number", Kind.NUMBER);
        }
        return sql;
    }

    /** A predicate reaching through a navigation: the rows linked to entities that satisfy it. */
    private Sql through(Navigation navigation, Expr expr, String alias) {
        String inner = "t" + ++aliases;
        Sql condition = predicate(Navigations.strip(expr), navigation.target(), inner);
        if (condition == null) {
            return null;
        }
        String table = navigation.target().table();
        String template = switch (navigation.link()) {
            case FOREIGN_KEY -> alias + "." + navigation.column() + " in (select " + inner + ".id from " + table
                    + " " + inner + " where %s)";
            case REVERSE_KEY -> alias + ".id in (select " + inner + "." + navigation.column() + " from " + table
                    + " " + inner + " where %s)";
            case LINK_TABLE -> alias + ".id in (select l" + inner + "." + navigation.column() + " from "
                    + navigation.linkTable() + " l" + inner + " join " + table + " " + inner + " on " + inner
                    + ".id = l" + inner + "." + navigation.otherColumn() + " where %s)";
        };
        return Sql.join(template, Kind.BOOLEAN, condition);
    }

    private Sql expression(Expr expr, EntityType type, String alias) {
        if (expr instanceof Expr.Literal literal) {
            return literal(literal.value());
        }
        if (expr instanceof Expr.Path path) {
            return path(path.segments(), type, alias);
        }
        if (expr instanceof Expr.Unary unary) {
            Sql operand = expression(unary.operand(), type, alias);
            if ("-".equals(unary.operator()) && operand != null && operand.kind() == Kind.NUMBER) {
                return Sql.join("(-%s)", Kind.NUMBER, operand);
            }
            return "not".equals(unary.operator()) ? predicate(expr, type, alias) : null;
        }
        if (expr instanceof Expr.Binary binary) {
            return binary(binary, type, alias);
        }
        return call((Expr.Call) expr, type, alias);
    }

    private static Sql literal(Object value) {
        if (value == null) {
            return Sql.of("null", Kind.NULL);
        }
        if (value instanceof BigDecimal) {
            return Sql.of("?", Kind.NUMBER, value);
        }
        if (value instanceof String) {
            return Sql.of("?", Kind.STRING, value);
        }
        if (value instanceof OffsetDateTime) {
            return Sql.of("?", Kind.TIME, value);
        }
        if (value instanceof Boolean b) {
            return Sql.of(b ? "true" : "false", Kind.BOOLEAN);
        }
        return null;
    }

    private static Sql path(List<String> segments, EntityType type, String alias) {
        String first = segments.get(0);
        if (segments.size() == 1 && ("id".equals(first) || "@iot.id".equals(first))) {
            return Sql.of(alias + ".id", Kind.NUMBER);
        }
        Property property = type.property(first).orElse(null);
        if (property == null || segments.size() > 1) {
            return null;
        }
        return switch (property.kind()) {
            case TEXT -> Sql.of(alias + "." + property.column(), Kind.STRING);
            case INSTANT -> Sql.of(alias + "." + property.column(), Kind.TIME);
            case INTERVAL, INSTANT_OR_INTERVAL -> new Sql(alias + "." + property.startColumn(), List.of(),
                    Kind.INTERVAL, "coalesce(" + alias + "." + property.endColumn() + ", " + alias + "."
                            + property.startColumn() + ")");
            case RESULT -> Sql.of(alias + ".result", Kind.RESULT);
            default -> null;
        };
    }

    private Sql binary(Expr.Binary binary, EntityType type, String alias) {
        String operator = binary.operator();
        if ("and".equals(operator) || "or".equals(operator)) {
            return predicate(binary, type, alias);
        }
        Sql left = expression(binary.left(), type, alias);
        Sql right = expression(binary.right(), type, alias);
        if (left == null || right == null) {
            return null;
        }
        return switch (operator) {
            case "eq", "ne", "gt", "ge", "lt", "le" -> Comparisons.compare(operator, left, right);
            case "add", "sub", "mul", "div" -> arithmetic(operator, number(left), number(right));
            default -> null;
        };
    }

    private static Sql number(Sql sql) {
        if (sql.kind() == Kind.RESULT) {
            return Sql.of(sql.text() + "_number", Kind.NUMBER);
        }
        return sql.kind() == Kind.NUMBER ? sql : null;
    }

    private static Sql arithmetic(String operator, Sql left, Sql right) {
        if (left == null || right == null) {
            return null;
        }
        return switch (operator) {
            case "add" -> Sql.join("(%s + %s)", Kind.NUMBER, left, right);
            case "sub" -> Sql.join("(%s - %s)", Kind.NUMBER, left, right);
            case "mul" -> Sql.join("(%s * %s)", Kind.NUMBER, left, right);
            default -> Sql.join("(cast(%s as double precision) / nullif(%s, 0))", Kind.NUMBER, left, right);
        };
    }

    private Sql call(Expr.Call call, EntityType type, String alias) {
        String function = call.function();
        List<Sql> args = new ArrayList<>();
        for (Expr argument : call.arguments()) {
            Sql sql = expression(argument, type, alias);
            if (sql == null) {
                return null;
            }
            args.add(sql);
        }
        if (LIKE_FUNCTIONS.contains(function)) {
            return like(function, call.arguments(), args);
        }
        return switch (function) {
            case "tolower" -> string("lower(%s)", args.get(0), Kind.STRING);
            case "toupper" -> string("upper(%s)", args.get(0), Kind.STRING);
            case "trim" -> string("trim(%s)", args.get(0), Kind.STRING);
            case "length" -> string("char_length(%s)", args.get(0), Kind.NUMBER);
            case "concat" -> args.get(0).kind() == Kind.STRING && args.get(1).kind() == Kind.STRING
                    ? Sql.join("(%s || %s)", Kind.STRING, args.get(0), args.get(1)) : null;
            case "round", "floor", "ceiling" -> number(args.get(0)) == null ? null
                    : Sql.join(function + "(%s)", Kind.NUMBER, number(args.get(0)));
            case "now" -> Sql.of("?", Kind.TIME, Times.now());
            default -> null;
        };
    }

    private static Sql string(String template, Sql argument, Kind kind) {
        return argument.kind() == Kind.STRING ? Sql.join(template, kind, argument) : null;
    }

    private static Sql like(String function, List<Expr> expressions, List<Sql> args) {
        boolean reversed = "substringof".equals(function);
        Expr patternExpr = expressions.get(reversed ? 0 : 1);
        Sql subject = args.get(reversed ? 1 : 0);
        if (!(patternExpr instanceof Expr.Literal literal) || !(literal.value() instanceof String text)
                || subject.kind() != Kind.STRING) {
            return null;
        }
        String escaped = text.replace("!", "!!").replace("%", "!%").replace("_", "!_");
        String pattern = switch (function) {
            case "startswith" -> escaped + "%";
            case "endswith" -> "%" + escaped;
            default -> "%" + escaped + "%";
        };
        return new Sql(subject.text() + " like ? escape '!'", concat(subject.parameters(), pattern), Kind.BOOLEAN,
                null);
    }

    private static List<Object> concat(List<Object> parameters, Object last) {
        List<Object> all = new ArrayList<>(parameters);
        all.add(last);
        return all;
    }

}
