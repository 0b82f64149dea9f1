package org.stadtkern.sensorthings.internal.json;

import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.stadtkern.sensorthings.internal.model.Entity;
import org.stadtkern.sensorthings.internal.model.Navigation;
import org.stadtkern.sensorthings.internal.model.Property;
import org.stadtkern.sensorthings.internal.query.Query;
import org.stadtkern.sensorthings.internal.query.QueryException;
import org.stadtkern.sensorthings.internal.query.TimeInterval;
import org.stadtkern.sensorthings.internal.query.Times;
import org.stadtkern.sensorthings.internal.store.Columns;
import org.stadtkern.sensorthings.internal.store.EntityReader;
import org.stadtkern.sensorthings.internal.store.Page;
import org.stadtkern.sensorthings.internal.store.Scope;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** Writes entities as SensorThings JSON, with control information, $select and $expand applied. */
public final class EntityJson {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private final EntityReader reader;
    private final String root;
    private final int pageSize;

    public EntityJson(EntityReader reader, String root, int pageSize) {
        this.reader = reader;
        this.root = root;
        this.pageSize = pageSize;
    }

    /** The URL of an entity. */
    public String selfLink(Entity entity) {
        return root + "/" + entity.type().plural() + "(" + entity.id() + ")";
    }

    /** A page of entities as {@code {"@iot.count", "value", "@iot.nextLink"}}. */
    public ObjectNode collection(Page page, Query query, String nextLink) throws SQLException, QueryException {
        ObjectNode json = NODES.objectNode();
        if (page.count() != null) {
            json.put("@iot.count", page.count());
        }
        ArrayNode values = json.putArray("value");
        for (Entity entity : page.entities()) {
            values.add(entity(entity, query));
        }
        if (page.more() && nextLink != null) {
            json.put("@iot.nextLink", nextLink);
        }
        return json;
    }

    /** One entity with the properties $select keeps and the entities $expand adds. */
    public ObjectNode entity(Entity entity, Query query) throws SQLException, QueryException {
        List<String> select = query.select();
        for (String name : select) {
            boolean known = "id".equals(name) || "@iot.id".equals(name) || "@iot.selfLink".equals(name)
                    || entity.type().property(name).isPresent() || entity.type().navigation(name).isPresent();
            if (!known) {
                throw new QueryException(entity.type().singular() + " has no property '" + name + "' to select.");
            }
        }
        boolean all = select.isEmpty();
        ObjectNode json = NODES.objectNode();
        if (all || select.contains("id") || select.contains("@iot.id")) {
            json.put("@iot.id", entity.id());
        }
        if (all || select.contains("@iot.selfLink")) {
            json.put("@iot.selfLink", selfLink(entity));
        }
        for (Property property : entity.type().properties()) {
            if (all || select.contains(property.name())) {
                json.set(property.name(), value(entity.value(property.name())));
            }
        }
        for (Navigation navigation : entity.type().navigations()) {
            if (all || select.contains(navigation.name())) {
                json.put(navigation.name() + "@iot.navigationLink", selfLink(entity) + "/" + navigation.name());
            }
        }
        for (Query.Expand expand : merged(query.expand())) {
            expand(json, entity, expand);
        }
        return json;
    }

    /** Expand items by their first navigation: {@code Datastreams/Thing,Datastreams/Sensor} become one. */
    private static List<Query.Expand> merged(List<Query.Expand> items) {
        Map<String, Query.Expand> merged = new LinkedHashMap<>();
        for (Query.Expand item : items) {
            String first = item.path().get(0);
            Query options = item.options();
            if (item.path().size() > 1) {
                Query.Expand rest = new Query.Expand(item.path().subList(1, item.path().size()), options);
                options = new Query(null, List.of(), null, 0, false, List.of(), List.of(rest), false);
            }
            Query.Expand previous = merged.get(first);
            if (previous != null) {
                Query before = previous.options();
                List<Query.Expand> nested = new ArrayList<>(before.expand());
                nested.addAll(options.expand());
                Query base = before.filter() != null || !before.select().isEmpty() || before.top() != null
                        || !before.orderBy().isEmpty() || before.count() ? before : options;
                options = new Query(base.filter(), base.orderBy(), base.top(), base.skip(), base.count(),
                        base.select(), List.copyOf(nested), base.dataArray());
            }
            merged.put(first, new Query.Expand(List.of(first), options));
        }
        return List.copyOf(merged.values());
    }

    private void expand(ObjectNode json, Entity entity, Query.Expand expand) throws SQLException, QueryException {
        String name = expand.path().get(0);
        Navigation navigation = entity.type().navigation(name).orElseThrow(() -> new QueryException(
                entity.type().singular() + " has no navigation property '" + name + "' to expand."));
        Query options = expand.options();
        if (navigation.toOne()) {
            Entity related = reader.related(entity, navigation);
            json.set(name, related == null ? NODES.nullNode() : entity(related, options));
            return;
        }
        Page page = reader.list(navigation.target(), new Scope(navigation, entity.id()), options, pageSize);
        ArrayNode values = json.putArray(name);
        for (Entity related : page.entities()) {
            values.add(entity(related, options));
        }
        if (page.count() != null) {
            json.put(name + "@iot.count", page.count());
        }
        if (page.more()) {
            int top = options.top() == null ? pageSize : Math.min(options.top(), pageSize);
            json.put(name + "@iot.nextLink", selfLink(entity) + "/" + name + "?$top=" + top + "&$skip="
                    + (options.skip() + top));
        }
    }

    /** A property value as JSON: times in ISO 8601 (UTC), intervals as start/end. */
    public static JsonNode value(Object value) {
        if (value == null) {
            return NODES.nullNode();
        }
        if (value instanceof JsonNode json) {
            return json;
        }
        if (value instanceof OffsetDateTime time) {
            return NODES.textNode(Times.format(time));
        }
        if (value instanceof TimeInterval interval) {
            return NODES.textNode(interval.toString());
        }
        return Columns.MAPPER.valueToTree(value);
    }

    /** References: {@code {"@iot.selfLink": ...}} per entity. */
    public ObjectNode references(List<Entity> entities, Long count) {
        ObjectNode json = NODES.objectNode();
        if (count != null) {
            json.put("@iot.count", count);
        }
        ArrayNode values = json.putArray("value");
        for (Entity entity : entities) {
            values.add(reference(entity));
        }
        return json;
    }

    public ObjectNode reference(Entity entity) {
        return NODES.objectNode().put("@iot.selfLink", selfLink(entity));
    }

}
