package org.stadtkern.sensorthings.internal.command;

import java.sql.SQLException;
import java.util.Map;

import org.stadtkern.sensorthings.internal.model.Entity;
import org.stadtkern.sensorthings.internal.model.EntityType;
import org.stadtkern.sensorthings.internal.query.QueryException;
import org.stadtkern.sensorthings.internal.query.QueryParser;
import org.stadtkern.sensorthings.internal.store.EntityReader;

/** Finds a Datastream the way an operator names it: by id, or by its exact name. */
final class Datastreams {

    private Datastreams() {
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
