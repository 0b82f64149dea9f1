package org.stadtkern.sovereignty.internal.export;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.stadtkern.core.api.http.PageLanguage;

/**
 * ISO 8601 periods (P2Y, P30D, PT1H, P1Y6M) in words, as a page for people writes them; German in the
 * dative the pages use them in ("nach 2 Jahren", "pro 1 Stunde").
 */
final class Periods {

    private static final Pattern ISO = Pattern.compile(
            "P(?:(\\d+)Y)?(?:(\\d+)M)?(?:(\\d+)W)?(?:(\\d+)D)?(?:T(?:(\\d+)H)?(?:(\\d+)M)?(?:(\\d+)S)?)?");
    private static final String[][] UNITS = {
        {"Jahr", "Jahren", "year", "years"}, {"Monat", "Monaten", "month", "months"},
        {"Woche", "Wochen", "week", "weeks"}, {"Tag", "Tagen", "day", "days"},
        {"Stunde", "Stunden", "hour", "hours"}, {"Minute", "Minuten", "minute", "minutes"},
        {"Sekunde", "Sekunden", "second", "seconds"},
    };

    private Periods() {
    }

    /** "2 Jahren", "1 Jahr und 6 Monaten", "24 hours"; the text itself if it is not an ISO 8601 period. */
    static String words(String iso, PageLanguage language) {
        Matcher matcher = ISO.matcher(iso.trim().toUpperCase(java.util.Locale.ROOT));
        if (iso.isBlank() || !matcher.matches()) {
            return iso;
        }
        List<String> parts = new ArrayList<>();
        for (int i = 0; i < UNITS.length; i++) {
            if (matcher.group(i + 1) != null) {
                long count = Long.parseLong(matcher.group(i + 1));
                int form = (count == 1 ? 0 : 1) + (language == PageLanguage.ENGLISH ? 2 : 0);
                parts.add(count + " " + UNITS[i][form]);
            }
        }
        if (parts.isEmpty()) {
            return iso;
        }
        String last = parts.remove(parts.size() - 1);
        return parts.isEmpty() ? last : String.join(", ", parts) + language.pick(" und ", " and ") + last;
    }
}
