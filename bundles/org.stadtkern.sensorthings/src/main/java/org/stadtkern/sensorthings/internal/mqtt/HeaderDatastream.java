package org.stadtkern.sensorthings.internal.mqtt;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.apache.camel.Exchange;
import org.apache.camel.Message;
import org.stadtkern.sensorthings.api.DatastreamProvision;
import org.stadtkern.sensorthings.api.SensorThings;
import org.stadtkern.sensorthings.internal.query.QueryException;

/**
 * The Datastream of a message a route sends to {@link SensorThings#ENDPOINT}: its id in
 * {@link SensorThings#DATASTREAM_HEADER}, or its name there with {@link SensorThings#THING_HEADER},
 * created with its Thing on first use. Names are looked up again after a minute (an operator may have
 * deleted the Datastream meanwhile).
 */
final class HeaderDatastream implements MqttCreate.DatastreamOf {

    private static final long RECHECK_MILLIS = 60_000;
    private static final int NAME_MAX = 200;

    private final SensorThings sensorThings;
    private final Map<String, Long> byName = new ConcurrentHashMap<>();
    private volatile long checkedAt = System.currentTimeMillis();

    HeaderDatastream(SensorThings sensorThings) {
        this.sensorThings = sensorThings;
    }

    @Override
    public Long datastream(Exchange exchange) throws QueryException {
        Message message = exchange.getMessage();
        String datastream = text(message, SensorThings.DATASTREAM_HEADER);
        String thing = text(message, SensorThings.THING_HEADER);
        if (datastream == null) {
            throw new QueryException("The message names no Datastream (header " + SensorThings.DATASTREAM_HEADER
                    + ").");
        }
        if (thing == null) {
            try {
                return Long.valueOf(datastream);
            } catch (NumberFormatException e) {
                throw new QueryException("Datastream '" + datastream + "' is not an id; a Datastream named by "
                        + "name needs its Thing in header " + SensorThings.THING_HEADER + ".");
            }
        }
        if (System.currentTimeMillis() - checkedAt > RECHECK_MILLIS) {
            byName.clear();
            checkedAt = System.currentTimeMillis();
        }
        String key = thing + '\u0000' + datastream;
        Long id = byName.get(key);
        if (id == null) {
            id = provision(message, thing, datastream);
            byName.put(key, id);
        }
        return id;
    }

    private Long provision(Message message, String thing, String datastream) throws QueryException {
        String unit = text(message, SensorThings.UNIT_HEADER);
        String property = text(message, SensorThings.OBSERVED_PROPERTY_HEADER);
        property = property == null ? datastream : property;
        try {
            return sensorThings.datastream(new DatastreamProvision(thing, thing, number(message,
                    SensorThings.LATITUDE_HEADER), number(message, SensorThings.LONGITUDE_HEADER), datastream,
                    unit == null ? "1" : unit, property, "urn:stadtkern:observed-property:" + property,
                    text(message, SensorThings.DATASET_HEADER)));
        } catch (IllegalArgumentException e) {
            throw new QueryException("Datastream '" + datastream + "' of Thing '" + thing + "' cannot be created: "
                    + e.getMessage());
        }
    }

    private static String text(Message message, String header) throws QueryException {
        Object value = message.getHeader(header);
        if (value == null || value.toString().isBlank()) {
            return null;
        }
        String text = value.toString().strip();
        if (text.length() > NAME_MAX) {
            throw new QueryException("Header " + header + " is longer than " + NAME_MAX + " characters.");
        }
        return text;
    }

    private static double number(Message message, String header) throws QueryException {
        String text = text(message, header);
        if (text == null) {
            return Double.NaN;
        }
        try {
            return Double.parseDouble(text);
        } catch (NumberFormatException e) {
            throw new QueryException("Header " + header + " is not a number: " + text);
        }
    }
}
