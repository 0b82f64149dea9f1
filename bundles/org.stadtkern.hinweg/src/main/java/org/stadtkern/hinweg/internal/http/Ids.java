package org.stadtkern.hinweg.internal.http;



import com.fasterxml.jackson.databind.JsonNode;

/** The numbers of a request body, checked. */
final class Ids {

    private Ids() {
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
