package org.stadtkern.sensorthings.internal.catalog;

import java.util.Map;

/** The names of the licences of the dcat-ap.de vocabulary (dcat-ap.de/def/licenses), as a page shows them. */
final class Licences {

    private static final String BASE = "http://dcat-ap.de/def/licenses/";
    private static final Map<String, String> NAMES = Map.ofEntries(
            Map.entry("dl-by-de/2.0", "Datenlizenz Deutschland – Namensnennung – Version 2.0"),
            Map.entry("dl-zero-de/2.0", "Datenlizenz Deutschland – Zero – Version 2.0"),
            Map.entry("cc-by/4.0", "Creative Commons Namensnennung – 4.0 International (CC BY 4.0)"),
            Map.entry("cc-by-sa/4.0", "Creative Commons Namensnennung – Weitergabe unter gleichen Bedingungen – "
                    + "4.0 International (CC BY-SA 4.0)"),
            Map.entry("cc-zero", "Creative Commons CC Zero License (CC0 1.0)"),
            Map.entry("odbl", "Open Data Commons Open Database License (ODbL)"),
            Map.entry("officialWork", "Amtliches Werk, lizenzfrei nach § 5 Abs. 1 UrhG"));

    private Licences() {
    }

    /** The licence's name; its URI when the vocabulary has no such licence. */
    static String name(String uri) {
        return uri.startsWith(BASE) ? NAMES.getOrDefault(uri.substring(BASE.length()), uri) : uri;
    }
}
