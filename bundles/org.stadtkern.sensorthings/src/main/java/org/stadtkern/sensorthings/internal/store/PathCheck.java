package org.stadtkern.sensorthings.internal.store;

import java.util.List;

import org.stadtkern.sensorthings.internal.model.EntityType;
import org.stadtkern.sensorthings.internal.model.Navigation;
import org.stadtkern.sensorthings.internal.model.Property;
import org.stadtkern.sensorthings.internal.model.PropertyKind;
import org.stadtkern.sensorthings.internal.query.Expr;
import org.stadtkern.sensorthings.internal.query.QueryException;

/** Checks that every path in an expression names a property the model has, before anything runs. */
final class PathCheck {

    private PathCheck() {
    }

    static void check(Expr expr, EntityType type) throws QueryException {
        if (expr instanceof Expr.Path path) {
            check(path.segments(), type);
        } else if (expr instanceof Expr.Unary unary) {
            check(unary.operand(), type);
        } else if (expr instanceof Expr.Binary binary) {
            check(binary.left(), type);
            check(binary.right(), type);
        } else if (expr instanceof Expr.Call call) {
            for (Expr argument : call.arguments()) {
                check(argument, type);
            }
        }
    }

    private static void check(List<String> segments, EntityType type) throws QueryException {
        String first = segments.get(0);
        if (segments.size() == 1 && ("id".equals(first) || "@iot.id".equals(first))) {
            return;
        }
        Property property = type.property(first).orElse(null);
        if (property != null) {
            boolean json = property.kind() == PropertyKind.JSON || property.kind() == PropertyKind.GEOJSON
                    || property.kind() == PropertyKind.RESULT;
            if (segments.size() > 1 && !json) {
                throw new QueryException(type.singular() + "/" + first + " has no sub-properties.");
            }
            return;
        }
        Navigation navigation = type.navigation(first).orElseThrow(() -> new QueryException(
                type.singular() + " has no property '" + first + "'."));
        if (segments.size() == 1) {
            throw new QueryException("Compare a property of " + navigation.name() + ", not the entity itself.");
        }
        check(segments.subList(1, segments.size()), navigation.target());
    }
}
