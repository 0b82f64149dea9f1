package org.stadtkern.core.api.measure;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

/**
 * The runtime's one configured JSON mapping (Jackson, java.time as ISO 8601 text), handed out only
 * as immutable readers and writers, so that no bundle can reconfigure it for the others.
 */
public final class Json {

    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .addModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .build();

    private Json() {
    }

    /** Reads JSON text into trees ({@code reader().readTree(bytes)}) or values. */
    public static ObjectReader reader() {
        return MAPPER.reader();
    }

    /**
     * Reads JSON into a record or class strictly: unknown properties, a missing primitive, a fraction
     * where a whole number belongs and a number where text belongs are refused with Jackson's message
     * (which names the field).
     */
    public static ObjectReader strictReader(Class<?> type) {
        return MAPPER.readerFor(type).with(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES,
                DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES, DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                .without(DeserializationFeature.ACCEPT_FLOAT_AS_INT);
    }

    /** Writes values and trees as JSON. */
    public static ObjectWriter writer() {
        return MAPPER.writer();
    }

    /** A new empty JSON object. */
    public static ObjectNode object() {
        return JsonNodeFactory.instance.objectNode();
    }

    /** A value as a JSON tree (records, maps, lists, java.time). */
    public static JsonNode tree(Object value) {
        return MAPPER.valueToTree(value);
    }
}
