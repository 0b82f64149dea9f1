package org.stadtkern.sensorthings.internal.http;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;

import org.stadtkern.sensorthings.internal.model.EntityType;
import org.stadtkern.sensorthings.internal.query.QueryException;
import org.stadtkern.sensorthings.internal.store.EntityReader;
import org.stadtkern.sensorthings.internal.store.EntityWriter;
import org.stadtkern.sensorthings.internal.store.ObservationBatch;
import org.stadtkern.sensorthings.internal.store.Transaction;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * {@code POST /CreateObservations} (SensorThings 1.1, section 14.4): Observations in the dataArray
 * form, per Datastream a list of components and rows. The answer lists, per row, the new
 * Observation's URL or {@code "error"}; good rows are stored even when others are refused.
 */
final class CreateObservations {

    private static final List<String> ALLOWED = List.of("phenomenonTime", "result", "resultTime", "resultQuality",
            "validTime", "parameters", "FeatureOfInterest/id");

    private CreateObservations() {
    }

    static ArrayNode create(Connection connection, String tenant, String root, JsonNode body) throws SQLException,
            QueryException {
        if (!body.isArray()) {
            throw new QueryException("CreateObservations expects an array of {Datastream, components, dataArray}.");
        }
        ArrayNode answer = JsonNodeFactory.instance.arrayNode();
        EntityWriter writer = new EntityWriter(connection, tenant);
        for (JsonNode group : body) {
            JsonNode components = group.path("components");
            JsonNode rows = group.path("dataArray");
            JsonNode datastream = group.path("Datastream").path("@iot.id");
            if (!components.isArray() || !rows.isArray() || !datastream.canConvertToLong()) {
                throw new QueryException("Each element needs Datastream {\"@iot.id\"}, components and dataArray.");
            }
            for (JsonNode component : components) {
                if (!ALLOWED.contains(component.asText())) {
                    throw new QueryException("Unknown component '" + component.asText() + "'; allowed: " + ALLOWED);
                }
            }
            if (new EntityReader(connection, tenant, 1).find(EntityType.DATASTREAM, datastream.asLong()).isEmpty()) {
                throw new QueryException("There is no Datastream " + datastream.asLong() + ".");
            }
            if (components.toString().contains("FeatureOfInterest/id")) {
                for (JsonNode row : rows) {
                    answer.add(createRow(connection, writer, root, datastream.asLong(), components, row));
                }
            } else {
                answer.addAll(createPlain(connection, tenant, root, datastream.asLong(), components, rows));
            }
        }
        return answer;
    }

    /** Rows of plain Observations: checked one by one, the good ones written in one batch and transaction. */
    private static ArrayNode createPlain(Connection connection, String tenant, String root, long datastream,
            JsonNode components, JsonNode rows) throws SQLException, QueryException {
        ArrayNode answer = JsonNodeFactory.instance.arrayNode();
        List<Integer> positions = new java.util.ArrayList<>();
        Transaction.run(connection, () -> {
            try (ObservationBatch batch = new ObservationBatch(connection, tenant)) {
                for (JsonNode row : rows) {
                    answer.add("error");
                    if (!row.isArray() || row.size() != components.size()) {
                        continue;
                    }
                    ObjectNode observation = JsonNodeFactory.instance.objectNode();
                    for (int i = 0; i < components.size(); i++) {
                        observation.set(components.get(i).asText(), row.get(i));
                    }
                    Map<String, Object> values;
                    try {
                        values = ObservationBatch.values(observation);
                    } catch (QueryException e) {
                        continue;
                    }
                    batch.add(datastream, values, null);
                    positions.add(answer.size() - 1);
                }
                List<Long> ids = batch.flush();
                for (int i = 0; i < ids.size(); i++) {
                    answer.set(positions.get(i), root + "/Observations(" + ids.get(i) + ")");
                }
            }
            return positions.size();
        });
        return answer;
    }

    private static String createRow(Connection connection, EntityWriter writer, String root, long datastream,
            JsonNode components, JsonNode row) throws SQLException {
        if (!row.isArray() || row.size() != components.size()) {
            return "error";
        }
        ObjectNode observation = JsonNodeFactory.instance.objectNode();
        observation.putObject("Datastream").put("@iot.id", datastream);
        for (int i = 0; i < components.size(); i++) {
            String name = components.get(i).asText();
            if ("FeatureOfInterest/id".equals(name)) {
                observation.putObject("FeatureOfInterest").set("@iot.id", row.get(i));
            } else {
                observation.set(name, row.get(i));
            }
        }
        try {
            long id = Transaction.run(connection, () -> writer.create(EntityType.OBSERVATION, observation, null));
            return root + "/Observations(" + id + ")";
        } catch (QueryException e) {
            return "error";
        }
    }
}
