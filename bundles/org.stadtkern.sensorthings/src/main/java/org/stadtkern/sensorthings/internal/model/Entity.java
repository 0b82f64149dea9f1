package org.stadtkern.sensorthings.internal.model;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A stored entity: its type, id, property values and the ids of the entities it links to by foreign
 * key. Property values are {@link String}, {@link com.fasterxml.jackson.databind.JsonNode},
 * {@link java.time.OffsetDateTime}, {@link org.stadtkern.sensorthings.internal.query.TimeInterval} or
 * {@code null}.
 */
public final class Entity {

    private final EntityType type;
    private final long id;
    private final Map<String, Object> values = new LinkedHashMap<>();
    private final Map<String, Long> foreignKeys = new HashMap<>();

    public Entity(EntityType type, long id) {
        this.type = type;
        this.id = id;
    }

    public EntityType type() {
        return type;
    }

    public long id() {
        return id;
    }

    public Object value(String property) {
        return values.get(property);
    }

    public void value(String property, Object value) {
        values.put(property, value);
    }

    /** The id of the entity linked by a to-one navigation, or {@code null}. */
    public Long foreignKey(Navigation navigation) {
        return foreignKeys.get(navigation.column());
    }

    public void foreignKey(String column, Long target) {
        foreignKeys.put(column, target);
    }
}
