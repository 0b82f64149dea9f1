package org.stadtkern.sensorthings.internal.store;

import java.util.Map;

import org.stadtkern.sensorthings.internal.model.EntityType;
import org.stadtkern.sensorthings.internal.query.QueryException;

import com.fasterxml.jackson.databind.JsonNode;

/** Checks an entity body as a create or update does before it writes, for tests outside the package. */
public final class ValuesProbe {

    private ValuesProbe() {
    }

    public static Map<String, Object> of(EntityType type, JsonNode body, boolean all) throws QueryException {
        return PropertyValues.of(type, body, all);
    }
}
