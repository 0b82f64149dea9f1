package org.stadtkern.sensorthings.internal.command;

import java.sql.SQLException;
import java.util.Map;

import org.stadtkern.sensorthings.internal.model.Entity;
import org.stadtkern.sensorthings.internal.model.EntityType;
import org.stadtkern.sensorthings.internal.query.QueryException;
import org.stadtkern.sensorthings.internal.query.QueryParser;
import org.stadtkern.sensorthings.internal.store.EntityReader;
import org.stadtkern.sensorthings.internal.store.Page;

/** How the commands find what an operator names: Datastreams by id or name, entities by $filter. */
final class Datastreams {

    private Datastreams() {
    }

    /** Up to 1,000 entities of a type matching an optional $filter, with their total count. */
    static Page list(EntityReader reader, EntityType type, String filter) throws SQLException, QueryException {
        return reader.list(type, null, QueryParser.parse(filter == null ? Map.of("$count", "true")
                : Map.of("$filter", filter, "$count", "true")), 1000);
    }

    static Entity find(EntityReader reader, String idOrName) throws SQLException, QueryException {
        if (idOrName.matches("\\d{1,18}")) {
            return reader.find(EntityType.DATASTREAM, Long.parseLong(idOrName)).orElse(null);
        }
        var page = reader.list(EntityType.DATASTREAM, null, QueryParser.parse(Map.of("$filter",
                "name eq '" + idOrName.replace("'", "''") + "'")), 1);
        return page.entities().isEmpty() ? null : page.entities().get(0);
    }
}
