package org.stadtkern.remotework.internal.booking;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;

/** iCalendar as RFC 5545 wants it: CRLF, escaped text, lines of at most 75 octets. */
class IcalTest {

    @Test
    void eventsAreEscapedAndFolded() {
        String summary = "Schreibtisch 1 – Coworking; am Hauptbahnhof, Oberhausen " + "ä".repeat(60);
        String ics = Ical.calendar("Meine Plätze", List.of(new Ical.Event("remotework-7@stadtkern",
                Instant.parse("2026-12-08T08:00:00Z"), Instant.parse("2026-12-08T10:00:00Z"), summary,
                "Willy-Brandt-Platz 1, 46045 Oberhausen", "CONFIRMED", Instant.parse("2026-12-01T00:00:00Z"))));
        assertTrue(ics.startsWith("BEGIN:VCALENDAR\r\nVERSION:2.0\r\n"), ics);
        assertTrue(ics.contains("DTSTART:20261208T080000Z\r\n"), ics);
        assertTrue(ics.contains("LOCATION:Willy-Brandt-Platz 1\\, 46045 Oberhausen\r\n"), ics);
        for (String line : ics.split("\r\n")) {
            assertTrue(line.getBytes(StandardCharsets.UTF_8).length <= 75, line);
        }
        String unfolded = ics.replace("\r\n ", "");
        assertTrue(unfolded.contains("SUMMARY:Schreibtisch 1 – Coworking\\; am Hauptbahnhof\\, Oberhausen "
                + "ä".repeat(60) + "\r\n"), unfolded);
        assertEquals("a\\nb\\\\c", Ical.text("a\r\nb\\c"));
    }
}
