package org.stadtkern.core.api.measure;

import java.io.IOException;
import java.util.stream.Collectors;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.InputCoercionException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
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

    /**
     * JSON bound strictly to a record or class ({@link #strictReader}), or {@link IllegalArgumentException}
     * with a reason for the sender that names the field: unknown field, wrong type, a number out of range,
     * a missing number, not JSON at all.
     */
    public static <T> T bind(byte[] json, ObjectReader strictReader) {
        try {
            return strictReader.readValue(json);
        } catch (UnrecognizedPropertyException e) {
            throw new IllegalArgumentException("unknown field '" + shortened(e.getPropertyName()) + "'");
        } catch (ValueInstantiationException e) {
            Throwable cause = e.getCause() != null ? e.getCause() : e;
            throw new IllegalArgumentException(String.valueOf(cause.getMessage()));
        } catch (JsonMappingException e) {
            throw new IllegalArgumentException(field(e) + e.getOriginalMessage());
        } catch (InputCoercionException e) {
            throw new IllegalArgumentException("a number out of range: " + e.getOriginalMessage());
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("not JSON: " + e.getOriginalMessage());
        } catch (IOException e) {
            throw new IllegalArgumentException("not JSON");
        }
    }

    private static String field(JsonMappingException e) {
        String path = e.getPath().stream().map(reference -> reference.getFieldName() != null
                ? reference.getFieldName() : "[" + reference.getIndex() + "]").collect(Collectors.joining("."));
        return path.isEmpty() ? "" : "'" + shortened(path) + "': ";
    }

    private static String shortened(String name) {
        return name.length() > 40 ? name.substring(0, 40) + "..." : name;
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
