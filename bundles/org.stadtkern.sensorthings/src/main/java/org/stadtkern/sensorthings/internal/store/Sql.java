package org.stadtkern.sensorthings.internal.store;

import java.util.ArrayList;
import java.util.List;

/**
 * A piece of SQL with its parameters and the kind of value it yields.
 *
 * @param text the SQL text with {@code ?} placeholders
 * @param parameters the values for the placeholders, in order
 * @param kind what the expression yields
 * @param end for {@link Kind#INTERVAL} the SQL of the interval's end, else {@code null}
 */
record Sql(String text, List<Object> parameters, Kind kind, String end) {

    /** What an SQL expression yields. */
    enum Kind { NUMBER, STRING, TIME, INTERVAL, RESULT, BOOLEAN, NULL }

    static Sql of(String text, Kind kind, Object... parameters) {
        return new Sql(text, List.of(parameters), kind, null);
    }

    /** Joins pieces with a template in which {@code %s} stand for the pieces' texts. */
    static Sql join(String template, Kind kind, Sql... pieces) {
        List<Object> parameters = new ArrayList<>();
        Object[] texts = new Object[pieces.length];
        for (int i = 0; i < pieces.length; i++) {
            texts[i] = pieces[i].text();
            parameters.addAll(pieces[i].parameters());
        }
        return new Sql(String.format(template, texts), parameters, kind, null);
    }
}
