package org.stadtkern.sensorthings.internal.query;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.stadtkern.sensorthings.internal.query.Token.Kind;

/**
 * A recursive-descent parser for the expressions of $filter and $orderby, with the operator
 * precedence of OData 4.0 (which SensorThings adopts): or, and, not, comparison, additive,
 * multiplicative, unary minus.
 */
public final class ExpressionParser {

    /** Deeper nesting is refused before it can exhaust the stack. */
    static final int MAX_DEPTH = 64;
    /** Longer expressions are refused: they are no query a person writes. */
    static final int MAX_OPERATORS = 512;

    private static final Set<String> COMPARISONS = Set.of("eq", "ne", "gt", "ge", "lt", "le");
    private static final Set<String> ADDITIVE = Set.of("add", "sub");
    private static final Set<String> MULTIPLICATIVE = Set.of("mul", "div", "mod");

    /** Built-in functions with their smallest and largest number of arguments. */
    static final Map<String, int[]> FUNCTIONS = Map.ofEntries(
            Map.entry("substringof", new int[] {2, 2}), Map.entry("contains", new int[] {2, 2}),
            Map.entry("endswith", new int[] {2, 2}), Map.entry("startswith", new int[] {2, 2}),
            Map.entry("length", new int[] {1, 1}), Map.entry("indexof", new int[] {2, 2}),
            Map.entry("substring", new int[] {2, 3}), Map.entry("tolower", new int[] {1, 1}),
            Map.entry("toupper", new int[] {1, 1}), Map.entry("trim", new int[] {1, 1}),
            Map.entry("concat", new int[] {2, 2}), Map.entry("year", new int[] {1, 1}),
            Map.entry("month", new int[] {1, 1}), Map.entry("day", new int[] {1, 1}),
            Map.entry("hour", new int[] {1, 1}), Map.entry("minute", new int[] {1, 1}),
            Map.entry("second", new int[] {1, 1}), Map.entry("fractionalseconds", new int[] {1, 1}),
            Map.entry("date", new int[] {1, 1}), Map.entry("time", new int[] {1, 1}),
            Map.entry("totaloffsetminutes", new int[] {1, 1}), Map.entry("now", new int[] {0, 0}),
            Map.entry("mindatetime", new int[] {0, 0}), Map.entry("maxdatetime", new int[] {0, 0}),
            Map.entry("round", new int[] {1, 1}), Map.entry("floor", new int[] {1, 1}),
            Map.entry("ceiling", new int[] {1, 1}), Map.entry("geo.distance", new int[] {2, 2}),
            Map.entry("geo.length", new int[] {1, 1}), Map.entry("geo.intersects", new int[] {2, 2}),
            Map.entry("st_equals", new int[] {2, 2}), Map.entry("st_disjoint", new int[] {2, 2}),
            Map.entry("st_touches", new int[] {2, 2}), Map.entry("st_within", new int[] {2, 2}),
            Map.entry("st_overlaps", new int[] {2, 2}), Map.entry("st_crosses", new int[] {2, 2}),
            Map.entry("st_intersects", new int[] {2, 2}), Map.entry("st_contains", new int[] {2, 2}),
            Map.entry("st_relate", new int[] {3, 3}));

    private final List<Token> tokens;
    private int index;
    private int depth;
    private int operators;

    private ExpressionParser(List<Token> tokens) {
        this.tokens = tokens;
    }

    /** Parses a whole $filter expression. */
    public static Expr parse(String text) throws QueryException {
        ExpressionParser parser = new ExpressionParser(Lexer.tokens(text));
        Expr expr = parser.or();
        parser.expectEnd();
        return expr;
    }

    /** Parses an $orderby list: expressions each optionally followed by asc or desc. */
    public static List<OrderBy> orderBy(String text) throws QueryException {
        ExpressionParser parser = new ExpressionParser(Lexer.tokens(text));
        List<OrderBy> keys = new ArrayList<>();
        do {
            Expr expr = parser.or();
            boolean descending = false;
            if (parser.peek().isWord("desc")) {
                descending = true;
                parser.index++;
            } else if (parser.peek().isWord("asc")) {
                parser.index++;
            }
            keys.add(new OrderBy(expr, descending));
        } while (parser.accept(Kind.COMMA));
        parser.expectEnd();
        return keys;
    }

    private Expr or() throws QueryException {
        enter();
        Expr left = and();
        while (acceptWord("or")) {
            left = counted(new Expr.Binary("or", left, and()));
        }
        depth--;
        return left;
    }

    private Expr and() throws QueryException {
        Expr left = not();
        while (acceptWord("and")) {
            left = counted(new Expr.Binary("and", left, not()));
        }
        return left;
    }

    private Expr not() throws QueryException {
        if (acceptWord("not")) {
            enter();
            Expr operand = not();
            depth--;
            return counted(new Expr.Unary("not", operand));
        }
        return comparison();
    }

    private Expr comparison() throws QueryException {
        Expr left = additive();
        Token next = peek();
        if (next.is(Kind.NAME) && COMPARISONS.contains(next.text())) {
            index++;
            return counted(new Expr.Binary(next.text(), left, additive()));
        }
        return left;
    }

    private Expr additive() throws QueryException {
        Expr left = multiplicative();
        while (peek().is(Kind.NAME) && ADDITIVE.contains(peek().text())) {
            String operator = tokens.get(index++).text();
            left = counted(new Expr.Binary(operator, left, multiplicative()));
        }
        return left;
    }

    private Expr multiplicative() throws QueryException {
        Expr left = unary();
        while (peek().is(Kind.NAME) && MULTIPLICATIVE.contains(peek().text())) {
            String operator = tokens.get(index++).text();
            left = counted(new Expr.Binary(operator, left, unary()));
        }
        return left;
    }

    private Expr unary() throws QueryException {
        if (accept(Kind.MINUS)) {
            enter();
            Expr operand = unary();
            depth--;
            if (operand instanceof Expr.Literal literal && literal.value() instanceof java.math.BigDecimal number) {
                return new Expr.Literal(number.negate());
            }
            return counted(new Expr.Unary("-", operand));
        }
        return primary();
    }

    private Expr primary() throws QueryException {
        Token token = tokens.get(index++);
        switch (token.kind()) {
            case OPEN -> {
                Expr inner = or();
                expect(Kind.CLOSE, "')'");
                return inner;
            }
            case NUMBER, STRING, TIME, INTERVAL, DURATION, GEO -> {
                return new Expr.Literal(token.value());
            }
            case NAME -> {
                return name(token);
            }
            default -> throw unexpected(token);
        }
    }

    private Expr name(Token token) throws QueryException {
        switch (token.text()) {
            case "true" -> {
                return new Expr.Literal(Boolean.TRUE);
            }
            case "false" -> {
                return new Expr.Literal(Boolean.FALSE);
            }
            case "null" -> {
                return new Expr.Literal(null);
            }
            default -> {
                if (peek().is(Kind.OPEN)) {
                    return call(token);
                }
                List<String> segments = new ArrayList<>();
                segments.add(token.text());
                while (accept(Kind.SLASH)) {
                    Token segment = tokens.get(index++);
                    if (!segment.is(Kind.NAME)) {
                        throw unexpected(segment);
                    }
                    segments.add(segment.text());
                }
                return new Expr.Path(List.copyOf(segments));
            }
        }
    }

    private Expr call(Token name) throws QueryException {
        int[] arity = FUNCTIONS.get(name.text());
        if (arity == null) {
            throw new QueryException("Unknown function '" + name.text() + "' at position " + name.position() + ".");
        }
        index++;
        enter();
        List<Expr> arguments = new ArrayList<>();
        if (!accept(Kind.CLOSE)) {
            do {
                arguments.add(or());
            } while (accept(Kind.COMMA));
            expect(Kind.CLOSE, "')'");
        }
        depth--;
        if (arguments.size() < arity[0] || arguments.size() > arity[1]) {
            throw new QueryException("Function " + name.text() + " takes " + (arity[0] == arity[1]
                    ? String.valueOf(arity[0]) : arity[0] + " to " + arity[1]) + " arguments.");
        }
        return counted(new Expr.Call(name.text(), List.copyOf(arguments)));
    }

    private Expr counted(Expr expr) throws QueryException {
        if (++operators > MAX_OPERATORS) {
            throw new QueryException("The expression has more than " + MAX_OPERATORS + " operators.");
        }
        return expr;
    }

    private void enter() throws QueryException {
        if (++depth > MAX_DEPTH) {
            throw new QueryException("The expression is nested deeper than " + MAX_DEPTH + " levels.");
        }
    }

    private Token peek() {
        return tokens.get(index);
    }

    private boolean accept(Kind kind) {
        if (peek().is(kind)) {
            index++;
            return true;
        }
        return false;
    }

    private boolean acceptWord(String word) {
        if (peek().isWord(word)) {
            index++;
            return true;
        }
        return false;
    }

    private void expect(Kind kind, String what) throws QueryException {
        if (!accept(kind)) {
            Token token = peek();
            throw new QueryException("Expected " + what + " at position " + token.position() + ", found "
                    + describe(token) + ".");
        }
    }

    private void expectEnd() throws QueryException {
        if (!peek().is(Kind.END)) {
            throw unexpected(peek());
        }
    }

    private static QueryException unexpected(Token token) {
        return new QueryException("Unexpected " + describe(token) + " at position " + token.position() + ".");
    }

    private static String describe(Token token) {
        return token.is(Kind.END) ? "end of expression" : "'" + token.text() + "'";
    }
}
