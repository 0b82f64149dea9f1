package org.stadtkern.sensorthings.internal.store;

import org.stadtkern.sensorthings.internal.model.Navigation;

/**
 * Restricts a collection to the entities a navigation leads to from one entity
 * ({@code Things(7)/Datastreams}).
 *
 * @param via the to-many navigation
 * @param parentId the id of the entity navigated from
 */
public record Scope(Navigation via, long parentId) {

    /** A predicate on the target rows named {@code alias}; one parameter, the parent id. */
    String sql(String alias) {
        return switch (via.link()) {
            case REVERSE_KEY -> alias + "." + via.column() + " = ?";
            case LINK_TABLE -> alias + ".id in (select " + via.otherColumn() + " from " + via.linkTable() + " where "
                    + via.column() + " = ?)";
            case FOREIGN_KEY -> throw new IllegalStateException("A to-one navigation has no collection");
        };
    }
}
