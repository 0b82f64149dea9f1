package org.stadtkern.platform.internal;

import java.io.IOException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.regex.Pattern;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;

/**
 * Turns a topic or path and a JSON payload into an {@link Observation}, or says why not.
 * Payload: {@code {"result": 21.5, "phenomenonTime": "2026-11-22T10:00:00Z", "parameters": {...}}};
 * {@code phenomenonTime} defaults to the time of arrival.
 */
public final class ObservationParser {

    private static final Pattern DATASTREAM = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,127}");
    private static final int MAX_PARAMETERS = 4096;
    private static final int MAX_NESTING = 16;

    private final ObjectMapper mapper;
    private final int maxPayload;

    public ObservationParser(int maxPayload) {
        this.maxPayload = maxPayload;
        this.mapper = JsonMapper.builder().build();
        mapper.getFactory().setStreamReadConstraints(StreamReadConstraints.builder()
                .maxNestingDepth(MAX_NESTING).maxStringLength(maxPayload).build());
    }

    /** The datastream named by a topic {@code <root>/<datastream>}, or a rejection. */
    public String datastreamOfTopic(String root, String topic) throws RejectedInput {
        String prefix = root + "/";
        if (topic == null || !topic.startsWith(prefix)) {
            throw new RejectedInput("unknown topic " + topic + ": observations go to " + prefix + "<datastream>");
        }
        return datastream(topic.substring(prefix.length()));
    }

    /** A valid datastream name: letters, digits, '.', '_' and '-', at most 128 characters. */
    public String datastream(String name) throws RejectedInput {
        if (!DATASTREAM.matcher(name).matches()) {
            throw new RejectedInput("unknown topic or datastream '" + shorten(name)
                    + "': a datastream name has 1 to 128 letters, digits, '.', '_' or '-'");
        }
        return name;
    }

    public Observation parse(String tenant, String datastream, byte[] payload) throws RejectedInput {
        if (payload.length > maxPayload) {
            throw new RejectedInput("payload of " + payload.length + " bytes exceeds the limit of " + maxPayload);
        }
        JsonNode json = readJson(payload);
        if (!json.isObject()) {
            throw new RejectedInput("payload must be a JSON object");
        }
        JsonNode result = json.get("result");
        if (result == null || !result.isNumber() || !Double.isFinite(result.doubleValue())) {
            throw new RejectedInput("result must be a finite number");
        }
        return new Observation(tenant, datastream, time(json.get("phenomenonTime")), result.doubleValue(),
                parameters(json.get("parameters")));
    }

    private JsonNode readJson(byte[] payload) throws RejectedInput {
        try {
            JsonNode json = mapper.readTree(payload);
            if (json == null || json.isMissingNode()) {
                throw new RejectedInput("payload is empty");
            }
            return json;
        } catch (JsonProcessingException e) {
            throw new RejectedInput("payload is not valid JSON: " + shorten(e.getOriginalMessage()));
        } catch (IOException e) {
            throw new RejectedInput("payload cannot be read: " + e.getMessage());
        }
    }

    private static OffsetDateTime time(JsonNode node) throws RejectedInput {
        if (node == null || node.isNull()) {
            return OffsetDateTime.now(ZoneOffset.UTC);
        }
        if (!node.isTextual()) {
            throw new RejectedInput("phenomenonTime must be an ISO 8601 date-time string");
        }
        try {
            return OffsetDateTime.parse(node.textValue());
        } catch (DateTimeParseException e) {
            throw new RejectedInput("phenomenonTime '" + shorten(node.textValue())
                    + "' is not an ISO 8601 date-time with offset");
        }
    }

    private static String parameters(JsonNode node) throws RejectedInput {
        if (node == null || node.isNull()) {
            return null;
        }
        if (!node.isObject()) {
            throw new RejectedInput("parameters must be a JSON object");
        }
        String text = node.toString();
        if (text.length() > MAX_PARAMETERS) {
            throw new RejectedInput("parameters exceed " + MAX_PARAMETERS + " characters");
        }
        return text;
    }

    private static String shorten(String text) {
        return text == null || text.length() <= 120 ? text : text.substring(0, 120) + "...";
    }
}
