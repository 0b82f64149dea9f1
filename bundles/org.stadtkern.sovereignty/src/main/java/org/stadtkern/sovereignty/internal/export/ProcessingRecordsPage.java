package org.stadtkern.sovereignty.internal.export;

import org.stadtkern.core.api.http.PageLanguage;

/**
 * The record of processing activities as a printable HTML page, one table per activity with the letters of
 * Art. 30 (1): in German ("Verzeichnis von Verarbeitungstätigkeiten", as the authorities keep it) or in English,
 * one language per page, retention periods in words.
 */
public final class ProcessingRecordsPage {

    private static final String STYLE = """
            <style>
            body{font-family:sans-serif;margin:2em;max-width:60em}table{border-collapse:collapse;width:100%;
            margin-bottom:2em;page-break-inside:avoid}th,td{border:1px solid #999;padding:.4em;text-align:left;
            vertical-align:top}th{width:18em;background:#eee}@media print{body{margin:0}}
            </style>
            """;
    /** The rows of an activity, by language (the order of {@link PageLanguage}); the letters of Art. 30 (1). */
    private static final String[][] LABELS = {
        {"a) Verantwortlicher", "a) Datenschutzbeauftragte(r)", "b) Zwecke der Verarbeitung", "b) Rechtsgrundlage",
            "c) Kategorien betroffener Personen", "c) Kategorien personenbezogener Daten",
            "d) Kategorien von Empfängern", "e) Übermittlungen in Drittländer", "f) Fristen für die Löschung",
            "g) Technische und organisatorische Maßnahmen", "Datenverantwortliche(r) im Betrieb"},
        {"a) Controller", "a) Data protection officer", "b) Purposes of the processing", "b) Legal basis",
            "c) Categories of data subjects", "c) Categories of personal data", "d) Categories of recipients",
            "e) Transfers to third countries", "f) Time limits for erasure", "g) Technical and organisational measures",
            "Data owner in operation"},
    };

    private ProcessingRecordsPage() {
    }

    public static String html(ProcessingRecords.Document document, PageLanguage language) {
        String title = language.pick("Verzeichnis von Verarbeitungstätigkeiten", "Record of processing activities");
        StringBuilder html = new StringBuilder("<!DOCTYPE html>\n<html lang=\"").append(language.tag())
                .append("\"><head><meta charset=\"utf-8\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>")
                .append(title).append("</title>\n").append(STYLE).append("</head><body>\n<h1>").append(title)
                .append(language.pick(" (Art. 30 Abs. 1 DSGVO)", " (Art. 30 (1) GDPR)")).append("</h1>\n");
        html.append("<p>").append(language.pick("Mandant: ", "Tenant: ")).append(escape(document.tenant()))
                .append("</p>\n");
        if (document.activities().isEmpty()) {
            html.append("<p>").append(language.pick("Keine Datensätze mit personenbezogenen Daten.",
                    "No datasets with personal data.")).append("</p>\n");
        }
        for (ProcessingRecords.Entry entry : document.activities()) {
            html.append("<h2>").append(language.pick("Datensatz ", "Dataset ")).append(escape(entry.dataset()))
                    .append("</h2>\n<table>\n");
            String[] labels = LABELS[language.ordinal()];
            String[] values = {entry.controller(), entry.dataProtectionOfficer(), String.join(", ", entry.purposes()),
                entry.legalBasis(), entry.dataSubjects(), entry.dataCategories(), entry.recipients(),
                entry.thirdCountryTransfers(), erasure(entry, language), entry.securityMeasures(), entry.owner()};
            for (int i = 0; i < labels.length; i++) {
                row(html, labels[i], values[i], language);
            }
            html.append("</table>\n");
        }
        return html.append("</body></html>\n").toString();
    }

    /** When the dataset's records are erased, in words of the page's language. */
    static String erasure(ProcessingRecords.Entry entry, PageLanguage language) {
        if (entry.retention().isBlank()) {
            return language.pick("keine Löschfrist festgelegt", "no time limit configured");
        }
        String after = Periods.words(entry.retention(), language);
        if (!entry.aggregated()) {
            return language.pick("nach " + after, "after " + after);
        }
        String step = Periods.words(entry.resolution(), language);
        return language.pick("Einzelwerte nach " + after + "; zuvor zu je einem Wert pro " + step + " zusammengefasst",
                "single records after " + after + ", aggregated to one value per " + step + " first");
    }

    private static void row(StringBuilder html, String label, String value, PageLanguage language) {
        html.append("<tr><th>").append(escape(label)).append("</th><td>")
                .append(value == null || value.isBlank() ? language.pick("<em>nicht angegeben</em>",
                        "<em>not stated</em>") : escape(value))
                .append("</td></tr>\n");
    }

    static String escape(String text) {
        StringBuilder escaped = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            switch (c) {
                case '<' -> escaped.append("&lt;");
                case '>' -> escaped.append("&gt;");
                case '&' -> escaped.append("&amp;");
                case '"' -> escaped.append("&quot;");
                case '\'' -> escaped.append("&#39;");
                default -> escaped.append(c);
            }
        }
        return escaped.toString();
    }
}
