package org.stadtkern.sensorthings.internal.http;

import org.stadtkern.sensorthings.internal.query.QueryException;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** Applies a JSON Patch as a PATCH request does, for tests outside the package. */
public final class PatchProbe {

    private PatchProbe() {
    }

    public static ObjectNode apply(ObjectNode document, JsonNode patch) throws QueryException {
        return JsonPatch.apply(document, patch);
    }
}
