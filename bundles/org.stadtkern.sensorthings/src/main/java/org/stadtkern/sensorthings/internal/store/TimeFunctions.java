package org.stadtkern.sensorthings.internal.store;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/** The date and time functions of $filter, evaluated in UTC. */
final class TimeFunctions {

    private TimeFunctions() {
    }

    static Object call(String function, Object argument) {
        OffsetDateTime time = Values.start(argument);
        if (time == null) {
            return null;
        }
        OffsetDateTime utc = time.withOffsetSameInstant(ZoneOffset.UTC);
        return switch (function) {
            case "year" -> BigDecimal.valueOf(utc.getYear());
            case "month" -> BigDecimal.valueOf(utc.getMonthValue());
            case "day" -> BigDecimal.valueOf(utc.getDayOfMonth());
            case "hour" -> BigDecimal.valueOf(utc.getHour());
            case "minute" -> BigDecimal.valueOf(utc.getMinute());
            case "second" -> BigDecimal.valueOf(utc.getSecond());
            case "fractionalseconds" -> BigDecimal.valueOf(utc.getNano()).movePointLeft(9).stripTrailingZeros();
            case "date" -> utc.toLocalDate().atStartOfDay().atOffset(ZoneOffset.UTC);
            case "time" -> utc.toLocalTime().toString();
            case "totaloffsetminutes" -> BigDecimal.ZERO;
            default -> null;
        };
    }
}
