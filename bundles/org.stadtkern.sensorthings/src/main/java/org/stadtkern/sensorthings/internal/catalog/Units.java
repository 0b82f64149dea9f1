package org.stadtkern.sensorthings.internal.catalog;

import java.util.Map;

/** UCUM codes (the symbols Datastreams carry) as people write them: {@code Cel} as °C, {@code ug/m3} as µg/m³. */
final class Units {

    private static final Map<String, String> WRITTEN = Map.ofEntries(Map.entry("Cel", "°C"),
            Map.entry("[degF]", "°F"), Map.entry("ug/m3", "µg/m³"), Map.entry("mg/m3", "mg/m³"),
            Map.entry("m3", "m³"), Map.entry("m2", "m²"), Map.entry("W/m2", "W/m²"), Map.entry("m/s", "m/s"),
            Map.entry("km/h", "km/h"), Map.entry("[ppm]", "ppm"), Map.entry("[ppb]", "ppb"),
            Map.entry("kW.h", "kWh"), Map.entry("dB", "dB"), Map.entry("dB[A]", "dB(A)"), Map.entry("deg", "°"),
            Map.entry("1", ""), Map.entry("{count}", ""), Map.entry("/h", "pro Stunde"));

    private Units() {
    }

    /** How people write this unit; empty for a plain count; the symbol itself when it is not a known code. */
    static String written(String symbol) {
        return symbol == null ? "" : WRITTEN.getOrDefault(symbol, symbol);
    }
}
