package org.stadtkern.sensorthings.internal.mqtt;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.stadtkern.sensorthings.internal.model.EntityType;
import org.stadtkern.sensorthings.internal.model.Navigation;
import org.stadtkern.sensorthings.internal.model.Property;
import org.stadtkern.sensorthings.internal.query.QueryException;
import org.stadtkern.sensorthings.internal.query.QueryParser;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The {@code $select} of an MQTT subscription such as
 * {@code v1.1/Datastreams(1)/Observations?$select=result,phenomenonTime}: the notification then
 * carries only the selected properties (MQTT extension of SensorThings 1.1). Other query options are
 * not allowed in subscriptions.
 */
final class SelectedNotification {

    private SelectedNotification() {
    }

    /**
     * The notification for a subscription with the query part {@code query} (after the '?'), made
     * from the full entity; empty when the query is not a {@code $select} of this type's names.
     */
    static Optional<ObjectNode> of(EntityType type, String query, ObjectNode entity) {
        if (!query.startsWith("$select=")) {
            return Optional.empty();
        }
        List<String> names;
        try {
            names = QueryParser.parse(Map.of("$select", query.substring("$select=".length()))).select();
        } catch (QueryException e) {
            return Optional.empty();
        }
        ObjectNode selected = JsonNodeFactory.instance.objectNode();
        for (String name : names) {
            Optional<String> field = field(type, name);
            if (field.isEmpty()) {
                return Optional.empty();
            }
            JsonNode value = entity.get(field.get());
            if (value != null) {
                selected.set(field.get(), value);
            }
        }
        return Optional.of(selected);
    }

    /** The JSON member that shows a selectable name of the type. */
    private static Optional<String> field(EntityType type, String name) {
        if ("id".equals(name) || "@iot.id".equals(name)) {
            return Optional.of("@iot.id");
        }
        if ("@iot.selfLink".equals(name)) {
            return Optional.of(name);
        }
        Optional<String> property = type.property(name).map(Property::name);
        if (property.isPresent()) {
            return property;
        }
        return type.navigation(name).map(Navigation::name).map(navigation -> navigation + "@iot.navigationLink");
    }
}
