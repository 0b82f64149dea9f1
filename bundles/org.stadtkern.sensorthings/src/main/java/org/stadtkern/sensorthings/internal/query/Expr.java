package org.stadtkern.sensorthings.internal.query;

import java.util.List;

/** A $filter or $orderby expression. */
public sealed interface Expr {

    /**
     * A constant: {@code null}, {@link java.math.BigDecimal}, {@link String}, {@link Boolean},
     * {@link java.time.OffsetDateTime}, {@link TimeInterval}, {@link java.time.Duration} or {@link GeoLiteral}.
     */
    record Literal(Object value) implements Expr {
    }

    /** A property path such as {@code result}, {@code properties/owner} or {@code Datastream/Thing/name}. */
    record Path(List<String> segments) implements Expr {
    }

    /** {@code not x} or {@code -x}. */
    record Unary(String operator, Expr operand) implements Expr {
    }

    /** {@code and}, {@code or}, comparison and arithmetic operators. */
    record Binary(String operator, Expr left, Expr right) implements Expr {
    }

    /** A built-in function such as {@code startswith(name, 'A')}. */
    record Call(String function, List<Expr> arguments) implements Expr {
    }
}
