package org.stadtkern.sensorthings.internal.command;

import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.stadtkern.core.api.console.CommandFailure;
import org.stadtkern.sensorthings.internal.model.Entity;
import org.stadtkern.sensorthings.internal.model.EntityType;
import org.stadtkern.sensorthings.internal.query.QueryException;
import org.stadtkern.sensorthings.internal.query.QueryParser;
import org.stadtkern.sensorthings.internal.store.EntityReader;
import org.stadtkern.sensorthings.internal.store.Page;

/** How the commands find what an operator names: Datastreams by id or name, entities by $filter. */
final class Datastreams {

    /** How many Datastreams of an ambiguous name are listed. */
    private static final int CANDIDATES = 20;

    private Datastreams() {
    }

    /** Up to 1,000 entities of a type matching an optional $filter, with their total count. */
    static Page list(EntityReader reader, EntityType type, String filter) throws SQLException, QueryException {
        return reader.list(type, null, QueryParser.parse(filter == null ? Map.of("$count", "true")
                : Map.of("$filter", filter, "$count", "true")), 1000);
    }

    /**
     * The Datastream with this id, or the one with this exact name; null if there is none. A name that
     * several Datastreams have is refused with their ids, never one of them picked.
     */
    static Entity find(EntityReader reader, String idOrName) throws SQLException, QueryException {
        if (idOrName.matches("\\d{1,18}")) {
            return reader.find(EntityType.DATASTREAM, Long.parseLong(idOrName)).orElse(null);
        }
        var page = reader.list(EntityType.DATASTREAM, null, QueryParser.parse(Map.of("$filter",
                "name eq '" + idOrName.replace("'", "''") + "'", "$orderby", "id", "$count", "true")), CANDIDATES);
        List<Entity> found = page.entities();
        if (found.size() > 1) {
            throw new CommandFailure(page.count() + " Datastreams are named '" + idOrName + "' (ids "
                    + found.stream().map(e -> String.valueOf(e.id())).collect(Collectors.joining(", "))
                    + (page.count() > found.size() ? ", ..." : "") + "); name one by its id.");
        }
        return found.isEmpty() ? null : found.get(0);
    }
}
