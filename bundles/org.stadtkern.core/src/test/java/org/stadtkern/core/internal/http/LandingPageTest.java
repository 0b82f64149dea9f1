package org.stadtkern.core.internal.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.stadtkern.core.api.http.PageLanguage;

class LandingPageTest {

    private static LandingPage page(Locale... preferred) {
        return LandingPage.in(PageLanguage.of(Collections.enumeration(List.of(preferred))));
    }

    @Test
    void germanUnlessEnglishIsPreferredOverGerman() {
        assertEquals("de", page().language());
        assertEquals("de", page(Locale.FRENCH, Locale.GERMANY, Locale.ENGLISH).language());
        assertEquals("en", page(Locale.FRENCH, Locale.UK, Locale.GERMAN).language());
        assertEquals("de", page(Locale.JAPANESE).language());
    }

    @Test
    void listsEveryMeasureWithItsStateAndPages() {
        Map<String, Object> measures = new java.util.LinkedHashMap<>();
        measures.put("hinweg", Map.of("status", "UP", "title", "Hin & Weg"));
        measures.put("fund", Map.of("status", "DOWN", "error", "starting: component X waits for store"));
        String html = page(Locale.GERMAN).render(false, LandingPage.entries(measures,
                Map.of("hinweg", List.of("/hinweg/stop.html"))), "tcp://localhost:1883", "ssh -p 8101 karaf@localhost");
        assertTrue(html.contains("Hin &amp; Weg"), html);
        assertTrue(html.contains("<a href=\"/hinweg/stop.html\">"), html);
        assertTrue(html.contains("nicht bereit</span><br><small>starting: component X waits for store"), html);
        assertTrue(html.contains("tcp://localhost:1883") && html.contains("ssh -p 8101 karaf@localhost"), html);
        assertTrue(html.contains("<html lang=\"de\">"), html);
    }

    /** A Host header or a measure's title is written as text, never as markup. */
    @Test
    void escapesWhatComesFromOutside() {
        String hostile = "\"><script>alert(1)</script><a href='x";
        String html = page(Locale.ENGLISH).render(true, LandingPage.entries(Map.of(hostile, Map.of("status", "UP",
                "title", hostile)), Map.of(hostile, List.of(hostile))), hostile, "ssh -p 8101 karaf@" + hostile);
        assertFalse(html.contains("<script>"), html);
        assertFalse(html.contains("'x"), html);
        assertTrue(html.contains("&quot;&gt;&lt;script&gt;"), html);
    }
}
