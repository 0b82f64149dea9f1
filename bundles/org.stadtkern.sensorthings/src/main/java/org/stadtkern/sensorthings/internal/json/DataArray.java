package org.stadtkern.sensorthings.internal.json;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.stadtkern.sensorthings.internal.model.Entity;
import org.stadtkern.sensorthings.internal.model.EntityType;
import org.stadtkern.sensorthings.internal.model.Navigation;
import org.stadtkern.sensorthings.internal.query.QueryException;
import org.stadtkern.sensorthings.internal.store.Page;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Observations as {@code $resultFormat=dataArray} (SensorThings 1.1, section 14.3): grouped by
 * Datastream, each with its components and one array of values per Observation.
 */
public final class DataArray {

    /** Components when $select names none. */
    static final List<String> DEFAULT = List.of("id", "phenomenonTime", "resultTime", "result");

    private DataArray() {
    }

    public static ObjectNode write(Page page, List<String> select, String root, String nextLink)
            throws QueryException {
        List<String> components = select.isEmpty() ? DEFAULT : select;
        for (String component : components) {
            if (!"id".equals(component) && EntityType.OBSERVATION.property(component).isEmpty()) {
                throw new QueryException("dataArray components are Observation properties, not '" + component + "'.");
            }
        }
        Navigation datastream = EntityType.OBSERVATION.navigation("Datastream").orElseThrow();
        Map<Long, ArrayNode> rows = new LinkedHashMap<>();
        for (Entity observation : page.entities()) {
            ArrayNode row = rows.computeIfAbsent(observation.foreignKey(datastream),
                    d -> JsonNodeFactory.instance.arrayNode()).addArray();
            for (String component : components) {
                if ("id".equals(component)) {
                    row.add(observation.id());
                } else {
                    row.add(EntityJson.value(observation.value(component)));
                }
            }
        }
        ObjectNode json = JsonNodeFactory.instance.objectNode();
        if (page.count() != null) {
            json.put("@iot.count", page.count());
        }
        ArrayNode value = json.putArray("value");
        for (Map.Entry<Long, ArrayNode> group : rows.entrySet()) {
            ObjectNode item = value.addObject();
            item.put("Datastream@iot.navigationLink", root + "/Datastreams(" + group.getKey() + ")");
            ArrayNode names = item.putArray("components");
            new ArrayList<>(components).forEach(names::add);
            item.put("dataArray@iot.count", group.getValue().size());
            item.set("dataArray", group.getValue());
        }
        if (nextLink != null) {
            json.put("@iot.nextLink", nextLink);
        }
        return json;
    }
}
