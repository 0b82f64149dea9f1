package org.stadtkern.sensorthings.internal.store;

import java.util.ArrayList;
import java.util.List;

import org.stadtkern.sensorthings.internal.model.EntityType;
import org.stadtkern.sensorthings.internal.model.Navigation;
import org.stadtkern.sensorthings.internal.query.Expr;
import org.stadtkern.sensorthings.internal.query.QueryException;

/**
 * The rows a request selects: SQL conditions (visibility, scope, the translatable parts of $filter)
 * and the parts of $filter left to check in Java.
 */
record Selection(List<Sql> conditions, List<Expr> residual) {

    static Selection of(Visibility visibility, EntityType type, Scope scope, Expr filter, String alias)
            throws QueryException {
        List<Sql> conditions = new ArrayList<>();
        if (!ofVisibleDatastream(type, scope)) {
            conditions.add(visibility.condition(type, alias));
        }
        if (scope != null) {
            conditions.add(Sql.of(scope.sql(alias), Sql.Kind.BOOLEAN, scope.parentId()));
        }
        List<Expr> residual = new ArrayList<>();
        if (filter != null) {
            PathCheck.check(filter, type);
            SqlFilter translator = new SqlFilter();
            for (Expr conjunct : conjuncts(filter)) {
                Sql sql = translator.predicate(conjunct, type, alias);
                if (sql == null) {
                    residual.add(conjunct);
                } else {
                    conditions.add(sql);
                }
            }
        }
        return new Selection(conditions, residual);
    }

    /**
     * Whether the rows are the Observations of one Datastream: every scope is built from an entity
     * read under the same visibility, and an Observation is visible exactly when its Datastream is,
     * so the condition would only repeat that check, and it keeps the database from reading the
     * Datastream's newest-first index in order (the latest Observation of a Datastream).
     */
    private static boolean ofVisibleDatastream(EntityType type, Scope scope) {
        return type == EntityType.OBSERVATION && scope != null
                && scope.via().link() == Navigation.Link.REVERSE_KEY
                && "datastream_id".equals(scope.via().column());
    }

    /** All SQL conditions joined with {@code and}. */
    Sql where() {
        return EntityReader.and(conditions);
    }

    private static List<Expr> conjuncts(Expr filter) {
        List<Expr> conjuncts = new ArrayList<>();
        if (filter instanceof Expr.Binary binary && "and".equals(binary.operator())) {
            conjuncts.addAll(conjuncts(binary.left()));
            conjuncts.addAll(conjuncts(binary.right()));
        } else {
            conjuncts.add(filter);
        }
        return conjuncts;
    }
}
