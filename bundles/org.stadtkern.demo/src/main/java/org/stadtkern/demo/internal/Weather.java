package org.stadtkern.demo.internal;

import java.time.ZonedDateTime;
import java.util.Random;

/**
 * Plausible readings for a November day in the Ruhr area: temperature with a daily cycle, relative
 * humidity moving against it, PM10 higher at rush hours. Deterministic for a given random source.
 */
final class Weather {

    private final Random random;

    Weather(Random random) {
        this.random = random;
    }

    /** Air temperature in degrees Celsius. */
    double temperature(ZonedDateTime time, Station station) {
        double daily = -Math.cos(2 * Math.PI * (hours(time) - 3) / 24);
        return round(7.5 + 3.5 * daily + offset(station, 0.8) + random.nextGaussian() * 0.2);
    }

    /** Relative humidity in percent. */
    double humidity(ZonedDateTime time, Station station) {
        double daily = Math.cos(2 * Math.PI * (hours(time) - 3) / 24);
        return round(Math.min(100, 82 + 10 * daily + offset(station, 3) + random.nextGaussian()));
    }

    /** Particulate matter PM10 in micrograms per cubic metre. */
    double pm10(ZonedDateTime time, Station station) {
        double h = hours(time);
        double rush = Math.exp(-Math.pow(h - 8, 2) / 2) + Math.exp(-Math.pow(h - 17.5, 2) / 3);
        return round(Math.max(2, 14 + 12 * rush + offset(station, 4) + random.nextGaussian() * 1.5));
    }

    private static double hours(ZonedDateTime time) {
        return time.getHour() + time.getMinute() / 60.0;
    }

    /** A fixed per-station difference: busy places are warmer and dustier. */
    private static double offset(Station station, double scale) {
        return scale * ((Math.abs(station.id().hashCode()) % 100) / 100.0 - 0.5);
    }

    private static double round(double value) {
        return Math.round(value * 10) / 10.0;
    }
}
