package org.stadtkern.sensorthings.internal.store;

import java.util.ArrayList;
import java.util.List;

import org.stadtkern.sensorthings.internal.model.EntityType;
import org.stadtkern.sensorthings.internal.model.Navigation;
import org.stadtkern.sensorthings.internal.query.Expr;

/**
 * Predicates that reach through a navigation ({@code Datastreams/name eq 'x'} on Things): they hold
 * for an entity when they hold for any entity the navigation leads to.
 */
final class Navigations {

    private Navigations() {
    }

    /** The navigation every path of a predicate starts with, or {@code null} if none or several. */
    static Navigation common(Expr expr, EntityType type) {
        List<Expr.Path> paths = new ArrayList<>();
        collect(expr, paths);
        Navigation common = null;
        for (Expr.Path path : paths) {
            Navigation navigation = path.segments().size() > 1
                    ? type.navigation(path.segments().get(0)).orElse(null) : null;
            if (navigation == null || common != null && common != navigation) {
                return null;
            }
            common = navigation;
        }
        return common;
    }

    private static void collect(Expr expr, List<Expr.Path> paths) {
        if (expr instanceof Expr.Path path) {
            paths.add(path);
        } else if (expr instanceof Expr.Unary unary) {
            collect(unary.operand(), paths);
        } else if (expr instanceof Expr.Binary binary) {
            collect(binary.left(), paths);
            collect(binary.right(), paths);
        } else if (expr instanceof Expr.Call call) {
            call.arguments().forEach(argument -> collect(argument, paths));
        }
    }

    /** The expression with the first segment removed from every path. */
    static Expr strip(Expr expr) {
        if (expr instanceof Expr.Path path) {
            return new Expr.Path(path.segments().subList(1, path.segments().size()));
        }
        if (expr instanceof Expr.Unary unary) {
            return new Expr.Unary(unary.operator(), strip(unary.operand()));
        }
        if (expr instanceof Expr.Binary binary) {
            return new Expr.Binary(binary.operator(), strip(binary.left()), strip(binary.right()));
        }
        if (expr instanceof Expr.Call call) {
            return new Expr.Call(call.function(), call.arguments().stream().map(Navigations::strip).toList());
        }
        return expr;
    }
}
