package org.stadtkern.remotework.internal.booking;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * Bookings as iCalendar (RFC 5545): one VEVENT each, times in UTC, text escaped and lines folded at 75
 * octets. Written here rather than with a calendar library: the runtime only writes events, a few lines
 * each, and ical4j would bring five bundles for it.
 */
public final class Ical {

    /** What an event shows. */
    public record Event(String uid, Instant start, Instant end, String summary, String location, String status,
            Instant stamp) {
    }

    private static final DateTimeFormatter UTC = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'")
            .withZone(ZoneOffset.UTC);
    private static final int FOLD = 75;

    private Ical() {
    }

    /** A calendar of the events. */
    public static String calendar(String name, List<Event> events) {
        StringBuilder ics = new StringBuilder();
        line(ics, "BEGIN:VCALENDAR");
        line(ics, "VERSION:2.0");
        line(ics, "PRODID:-//Stadtkern//Remote work sites//EN");
        line(ics, "CALSCALE:GREGORIAN");
        line(ics, "X-WR-CALNAME:" + text(name));
        for (Event event : events) {
            line(ics, "BEGIN:VEVENT");
            line(ics, "UID:" + text(event.uid()));
            line(ics, "DTSTAMP:" + UTC.format(event.stamp()));
            line(ics, "DTSTART:" + UTC.format(event.start()));
            line(ics, "DTEND:" + UTC.format(event.end()));
            line(ics, "SUMMARY:" + text(event.summary()));
            line(ics, "LOCATION:" + text(event.location()));
            line(ics, "STATUS:" + event.status());
            line(ics, "END:VEVENT");
        }
        line(ics, "END:VCALENDAR");
        return ics.toString();
    }

    /** The iCalendar status of a booking's state. */
    public static String status(State state) {
        return switch (state) {
            case REQUESTED -> "TENTATIVE";
            case CANCELLED, REJECTED, NO_SHOW -> "CANCELLED";
            default -> "CONFIRMED";
        };
    }

    /** TEXT escaped: backslash, semicolon, comma, newline. */
    static String text(String value) {
        return value.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\r", "")
                .replace("\n", "\\n");
    }

    /** A content line, folded at 75 octets (never inside a UTF-8 sequence), ended by CRLF. */
    private static void line(StringBuilder ics, String line) {
        int octets = 0;
        for (int i = 0; i < line.length(); i = line.offsetByCodePoints(i, 1)) {
            int codePoint = line.codePointAt(i);
            int size = codePoint < 0x80 ? 1 : codePoint < 0x800 ? 2 : codePoint < 0x10000 ? 3 : 4;
            if (octets + size > FOLD) {
                ics.append("\r\n ");
                octets = 1;
            }
            ics.appendCodePoint(codePoint);
            octets += size;
        }
        ics.append("\r\n");
    }
}
