package org.stadtkern.demo.internal;

import java.time.ZonedDateTime;

/** What every demo station measures, with its unit (UCUM) and a definition of the property. */
enum Quantity {

    AIR_TEMPERATURE("air-temperature", "Cel", "Lufttemperatur",
            "http://vocab.nerc.ac.uk/collection/P07/current/CFSN0023/"),
    RELATIVE_HUMIDITY("relative-humidity", "%", "Relative Luftfeuchte",
            "http://vocab.nerc.ac.uk/collection/P07/current/CFSN0413/"),
    PM10("pm10", "ug/m3", "Feinstaub PM10", "http://dd.eionet.europa.eu/vocabulary/aq/pollutant/5");

    private final String id;
    private final String unit;
    private final String observedProperty;
    private final String definition;

    Quantity(String id, String unit, String observedProperty, String definition) {
        this.id = id;
        this.unit = unit;
        this.observedProperty = observedProperty;
        this.definition = definition;
    }

    String id() {
        return id;
    }

    String unit() {
        return unit;
    }

    String observedProperty() {
        return observedProperty;
    }

    String definition() {
        return definition;
    }

    double value(Weather weather, ZonedDateTime time, Station station) {
        return switch (this) {
            case AIR_TEMPERATURE -> weather.temperature(time, station);
            case RELATIVE_HUMIDITY -> weather.humidity(time, station);
            case PM10 -> weather.pm10(time, station);
        };
    }
}
