package org.stadtkern.sensorthings.internal.query;

/** One key of $orderby. */
public record OrderBy(Expr expr, boolean descending) {
}
