package org.stadtkern.sensorthings.internal.fuzz;

import java.util.LinkedHashMap;
import java.util.Map;

import org.stadtkern.sensorthings.internal.http.PatchProbe;
import org.stadtkern.sensorthings.internal.model.EntityType;
import org.stadtkern.sensorthings.internal.query.ExpressionParser;
import org.stadtkern.sensorthings.internal.query.Query;
import org.stadtkern.sensorthings.internal.query.QueryException;
import org.stadtkern.sensorthings.internal.query.QueryParser;
import org.stadtkern.sensorthings.internal.query.ResourcePath;
import org.stadtkern.sensorthings.internal.store.Columns;
import org.stadtkern.sensorthings.internal.store.FilterProbe;
import org.stadtkern.sensorthings.internal.store.ObservationBatch;
import org.stadtkern.sensorthings.internal.store.ValuesProbe;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Coverage-guided fuzzing (Jazzer) of what a client controls: the resource path, the query options
 * and the $filter/$orderby expressions (through parsing and SQL translation), and the bodies it sends
 * over HTTP and MQTT (an Observation as a sensor publishes it, an entity to create or update, a JSON
 * Patch), through every check before the database. Anything but a QueryException, NotFound or a JSON
 * syntax error (a 400 or 404 for the client, a dead letter for a sensor) is a bug: a stack overflow,
 * a runtime exception, a hang. The build fuzzes for a bounded time (surefire execution "fuzz",
 * JAZZER_FUZZ=1); otherwise the test replays the findings and seeds in src/test/resources. One
 * target for the module, since Jazzer fuzzes one per run.
 */
class ClientInputFuzzTest {

    private static final String[] OPTIONS = {"$filter", "$orderby", "$expand", "$select", "$top", "$skip",
        "$count", "$resultFormat"};
    /** The JSON a PATCH with a JSON Patch starts from: a Thing as the service renders its properties. */
    private static final String THING = "{\"name\": \"Weather station\", \"description\": \"Roof\","
            + " \"properties\": {\"owner\": \"Stadt\", \"floors\": [1, 2, {\"a\": null}]}}";

    @FuzzTest(maxDuration = "60s")
    void clientInputIsRefusedOrUnderstood(FuzzedDataProvider data) {
        int what = data.consumeInt(0, 6);
        EntityType type = EntityType.values()[data.consumeInt(0, EntityType.values().length - 1)];
        boolean create = data.consumeBoolean();
        // bodies: half the time JSON text as sent (its syntax fuzzed), else built (its contents fuzzed)
        boolean built = what >= 4 && data.consumeBoolean();
        JsonNode body = built ? JsonFromFuzz.object(data) : null;
        String text = built ? body.toString() : data.consumeRemainingAsString();
        try {
            switch (what) {
                case 0 -> FilterProbe.translate(ExpressionParser.parse(text), type);
                case 1 -> ExpressionParser.orderBy(text);
                case 2 -> ResourcePath.parse(text.startsWith("/") ? text : "/" + text);
                case 3 -> {
                    Map<String, String> parameters = new LinkedHashMap<>();
                    parameters.put(OPTIONS[Math.floorMod(text.hashCode(), OPTIONS.length)], text);
                    Query query = QueryParser.parse(parameters);
                    if (query.filter() != null) {
                        FilterProbe.translate(query.filter(), EntityType.OBSERVATION);
                    }
                }
                case 4 -> {
                    // an Observation published to v1.1/Datastreams(id)/Observations, or POSTed
                    JsonNode observation = built ? body : Columns.MAPPER.readTree(text);
                    if (ObservationBatch.plain(observation)) {
                        ObservationBatch.values(observation);
                    } else if (observation != null && observation.isObject()) {
                        ValuesProbe.of(EntityType.OBSERVATION, observation, true);
                    }
                }
                case 5 -> {
                    JsonNode entity = built ? body : Columns.MAPPER.readTree(text);
                    if (entity != null && entity.isObject()) {
                        ValuesProbe.of(type, entity, create);
                    }
                }
                default -> {
                    JsonNode patch = built ? JsonFromFuzz.patch(data, body) : Columns.MAPPER.readTree(text);
                    if (patch != null) {
                        ObjectNode patched = PatchProbe.apply((ObjectNode) Columns.MAPPER.readTree(THING), patch);
                        ValuesProbe.of(EntityType.THING, patched, false);
                    }
                }
            }
        } catch (QueryException | ResourcePath.NotFound | JsonProcessingException expected) {
            // a 400 or 404 with the message for the client; a dead letter with the reason for a sensor
        }
    }
}
