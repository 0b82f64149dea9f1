package org.stadtkern.sensorthings.internal.store;

import org.stadtkern.sensorthings.internal.model.EntityType;
import org.stadtkern.sensorthings.internal.query.Expr;
import org.stadtkern.sensorthings.internal.query.QueryException;

/** Runs the checks and the SQL translation a filter goes through before it reaches the database. */
public final class FilterProbe {

    private FilterProbe() {
    }

    public static void translate(Expr filter, EntityType type) throws QueryException {
        PathCheck.check(filter, type);
        new SqlFilter().predicate(filter, type, "e");
        new SqlFilter().orderKey(filter, type, "e");
    }
}
