package org.stadtkern.remotework.internal.site;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** A site's opening hours: one range per weekday, closed on holidays. */
public final class OpeningHours {

    private static final List<String> DAYS = List.of("mo", "tu", "we", "th", "fr", "sa", "su");

    /** One day's range. */
    public record Range(LocalTime opens, LocalTime closes) {
    }

    private final Map<DayOfWeek, Range> days;
    private final Set<LocalDate> holidays;

    private OpeningHours(Map<DayOfWeek, Range> days, Set<LocalDate> holidays) {
        this.days = days;
        this.holidays = holidays;
    }

    /** The hours, or {@link IllegalArgumentException} naming the day written wrongly. */
    public static OpeningHours of(Map<String, String> hours, List<LocalDate> holidays) {
        Map<DayOfWeek, Range> days = new EnumMap<>(DayOfWeek.class);
        for (Map.Entry<String, String> day : hours.entrySet()) {
            int index = DAYS.indexOf(day.getKey());
            if (index < 0) {
                throw new IllegalArgumentException("openingHours: days are mo, tu, we, th, fr, sa, su");
            }
            days.put(DayOfWeek.of(index + 1), range(day.getKey(), day.getValue()));
        }
        if (holidays != null && holidays.size() > 100) {
            throw new IllegalArgumentException("holidays: at most 100 dates");
        }
        return new OpeningHours(days, holidays == null ? Set.of() : Set.copyOf(holidays));
    }

    private static Range range(String day, String text) {
        String[] parts = text == null ? new String[0] : text.split("-", -1);
        try {
            if (parts.length == 2) {
                Range range = new Range(LocalTime.parse(parts[0].strip()), LocalTime.parse(parts[1].strip()));
                if (range.opens().isBefore(range.closes())) {
                    return range;
                }
            }
        } catch (DateTimeParseException e) {
            // named below
        }
        throw new IllegalArgumentException("openingHours." + day + " must be a range like 08:00-18:00");
    }

    /** The range of the date, if the site opens then. */
    public Optional<Range> on(LocalDate date) {
        return holidays.contains(date) ? Optional.empty() : Optional.ofNullable(days.get(date.getDayOfWeek()));
    }

    /** Whether the site is open through the whole interval (within one day, local time). */
    public boolean covers(LocalDateTime start, LocalDateTime end) {
        Optional<Range> range = on(start.toLocalDate());
        return start.toLocalDate().equals(end.toLocalDate()) && range.isPresent()
                && !start.toLocalTime().isBefore(range.get().opens())
                && !end.toLocalTime().isAfter(range.get().closes());
    }

    /** Whether the site is open at the moment. */
    public boolean openAt(LocalDateTime time) {
        Optional<Range> range = on(time.toLocalDate());
        return range.isPresent() && !time.toLocalTime().isBefore(range.get().opens())
                && time.toLocalTime().isBefore(range.get().closes());
    }

    /** Minutes open on the date. */
    public long minutesOn(LocalDate date) {
        return on(date).map(r -> java.time.Duration.between(r.opens(), r.closes()).toMinutes()).orElse(0L);
    }
}
