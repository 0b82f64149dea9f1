package org.stadtkern.sensorthings.internal.query;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.Period;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;

/** ISO 8601 instants, intervals and durations as SensorThings writes them. */
public final class Times {

    private static final DateTimeFormatter FORMAT = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSSXXX");

    private Times() {
    }

    /** An instant in UTC with milliseconds, as the service writes every time. */
    public static String format(OffsetDateTime time) {
        return FORMAT.format(time.withOffsetSameInstant(ZoneOffset.UTC));
    }

    /** Parses an instant with offset; a date alone means its start in UTC. */
    public static OffsetDateTime instant(String text) throws QueryException {
        try {
            if (text.length() == 10) {
                return LocalDate.parse(text).atStartOfDay().atOffset(ZoneOffset.UTC);
            }
            return OffsetDateTime.parse(text);
        } catch (DateTimeParseException e) {
            throw new QueryException("Not an ISO 8601 time with offset: '" + text + "'.");
        }
    }

    /** Parses {@code start/end}, {@code start/duration} or {@code duration/end}. */
    public static TimeInterval interval(String text) throws QueryException {
        int slash = text.indexOf('/');
        if (slash < 0) {
            throw new QueryException("Not an ISO 8601 interval: '" + text + "'.");
        }
        String first = text.substring(0, slash);
        String second = text.substring(slash + 1);
        if (first.startsWith("P")) {
            OffsetDateTime end = instant(second);
            return checked(end.minus(duration(first)), end);
        }
        OffsetDateTime start = instant(first);
        if (second.startsWith("P")) {
            return checked(start, start.plus(duration(second)));
        }
        return checked(start, instant(second));
    }

    /** Parses an ISO 8601 duration with days and times ({@code P1DT2H}); months and years are refused. */
    public static Duration duration(String text) throws QueryException {
        try {
            int t = text.indexOf('T');
            if (t < 0) {
                return days(text);
            }
            Duration days = t == 1 ? Duration.ZERO : days(text.substring(0, t));
            return days.plus(Duration.parse("PT" + text.substring(t + 1)));
        } catch (DateTimeParseException | ArithmeticException e) {
            throw new QueryException("Not an ISO 8601 duration of days and time: '" + text + "'.");
        }
    }

    private static Duration days(String text) throws QueryException {
        Period period = Period.parse(text);
        if (period.getYears() != 0 || period.getMonths() != 0) {
            throw new QueryException("Durations in months or years have no fixed length: '" + text + "'.");
        }
        return Duration.ofDays(period.getDays());
    }

    /** The current time, in UTC with milliseconds. */
    public static OffsetDateTime now() {
        return OffsetDateTime.ofInstant(Instant.ofEpochMilli(System.currentTimeMillis()), ZoneOffset.UTC);
    }

    private static TimeInterval checked(OffsetDateTime start, OffsetDateTime end) throws QueryException {
        if (end.isBefore(start)) {
            throw new QueryException("An interval must not end before it starts.");
        }
        return new TimeInterval(start, end);
    }
}
