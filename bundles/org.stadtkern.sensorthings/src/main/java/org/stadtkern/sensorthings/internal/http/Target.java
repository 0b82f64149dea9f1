package org.stadtkern.sensorthings.internal.http;

import java.sql.SQLException;

import org.stadtkern.sensorthings.internal.model.Entity;
import org.stadtkern.sensorthings.internal.model.EntityType;
import org.stadtkern.sensorthings.internal.query.QueryException;
import org.stadtkern.sensorthings.internal.query.ResourcePath;
import org.stadtkern.sensorthings.internal.query.ResourcePath.NotFound;
import org.stadtkern.sensorthings.internal.query.ResourcePath.Step;
import org.stadtkern.sensorthings.internal.store.EntityReader;
import org.stadtkern.sensorthings.internal.store.Scope;

/**
 * What a resource path resolves to: one existing entity, or a collection (all entities of a type, or
 * those a navigation leads to from one entity).
 *
 * @param entity the addressed entity, or {@code null} for a collection
 * @param type the type of the collection's entities
 * @param scope for a collection behind a navigation, the parent link; else {@code null}
 */
record Target(Entity entity, EntityType type, Scope scope) {

    /** Follows the path step by step; 404 when an entity on the way does not exist or is not linked. */
    static Target resolve(ResourcePath path, EntityReader reader) throws SQLException, QueryException, NotFound {
        Entity current = null;
        Target target = null;
        for (Step step : path.steps()) {
            if (step.via() == null) {
                current = step.id() == null ? null : found(reader.find(step.type(), step.id()).orElse(null), step);
                if (current == null && step.id() != null) {
                    throw notFound(step, reader.exists(step.type(), step.id()));
                }
            } else if (step.via().toOne()) {
                current = found(reader.related(current, step.via()), step);
            } else {
                Scope scope = new Scope(step.via(), current.id());
                if (step.id() == null) {
                    current = null;
                    target = new Target(null, step.type(), scope);
                    continue;
                }
                Entity candidate = reader.find(step.type(), step.id()).orElse(null);
                current = found(candidate != null && reader.inScope(step.type(), scope, step.id()) ? candidate
                        : null, step);
            }
            target = current == null ? new Target(null, step.type(), null) : new Target(current, step.type(), null);
        }
        return target;
    }

    private static Entity found(Entity entity, Step step) throws NotFound {
        if (entity == null && step.via() != null) {
            throw notFound(step, false);
        }
        return entity;
    }

    private static NotFound notFound(Step step, boolean hidden) {
        return new NotFound("No " + step.type().singular() + (step.id() == null ? "" : " with id " + step.id())
                + " there.", hidden);
    }
}
