package org.stadtkern.sensorthings.internal.model;

/**
 * A navigation property: a link from one entity type to another.
 *
 * @param name the name in JSON and URLs ({@code Thing}, {@code Datastreams})
 * @param target the entity type linked to
 * @param link how the link is stored
 * @param column for {@link Link#FOREIGN_KEY} the column of the source table, for {@link Link#REVERSE_KEY} the
 *        column of the target table, for {@link Link#LINK_TABLE} the source's column in the link table
 * @param linkTable for {@link Link#LINK_TABLE} the table, else {@code null}
 * @param otherColumn for {@link Link#LINK_TABLE} the target's column in the link table, else {@code null}
 * @param required whether a create must link it
 */
public record Navigation(String name, EntityType target, Link link, String column, String linkTable,
        String otherColumn, boolean required) {

    /** How a link is stored. */
    public enum Link {
        /** The source row holds the target's id: to one. */
        FOREIGN_KEY,
        /** The target rows hold the source's id: to many. */
        REVERSE_KEY,
        /** A link table holds pairs: to many. */
        LINK_TABLE
    }

    /** Whether the link leads to at most one entity. */
    public boolean toOne() {
        return link == Link.FOREIGN_KEY;
    }
}
