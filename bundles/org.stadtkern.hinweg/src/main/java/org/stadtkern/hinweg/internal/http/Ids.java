package org.stadtkern.hinweg.internal.http;

import javax.servlet.http.HttpServletRequest;

import org.stadtkern.core.api.http.Problem;

import com.fasterxml.jackson.databind.JsonNode;

/** The id in a resource path and the numbers of a request body, checked. */
final class Ids {

    private Ids() {
    }

    /** The id after the collection ({@code /api/hinweg/vehicles/{id}}), or {@code null} for the collection. */
    static String of(HttpServletRequest request) throws Problem {
        String path = request.getPathInfo();
        if (path == null || path.equals("/")) {
            return null;
        }
        String id = path.substring(1);
        if (!id.matches("[A-Za-z0-9][A-Za-z0-9._:-]{0,99}")) {
            throw Problem.notFound("Ids are letters, digits and . _ : - (at most 100).");
        }
        return id;
    }

    static String required(HttpServletRequest request) throws Problem {
        String id = of(request);
        if (id == null) {
            throw Problem.methodNotAllowed(request.getMethod() + " on the collection (name one)");
        }
        return id;
    }

    /** A count from 0 to 10,000 (0 when absent). */
    static int count(JsonNode json, String field) {
        JsonNode value = json.get(field);
        if (value == null || value.isNull()) {
            return 0;
        }
        if (!value.isIntegralNumber() || value.asLong() < 0 || value.asLong() > 10_000) {
            throw new IllegalArgumentException("'" + field + "' must be a whole number from 0 to 10000");
        }
        return value.asInt();
    }
}
