package org.stadtkern.sovereignty.internal.export;

/**
 * The record of processing activities as a printable HTML page (German, as the authorities keep it:
 * "Verzeichnis von Verarbeitungstätigkeiten", one table per activity with the letters of Art. 30 (1)).
 */
public final class ProcessingRecordsPage {

    private ProcessingRecordsPage() {
    }

    public static String html(ProcessingRecords.Document document) {
        StringBuilder html = new StringBuilder("""
                <!DOCTYPE html>
                <html lang="de"><head><meta charset="utf-8">
                <meta name="viewport" content="width=device-width, initial-scale=1">
                <title>Verzeichnis von Verarbeitungstätigkeiten</title>
                <style>
                body{font-family:sans-serif;margin:2em;max-width:60em}table{border-collapse:collapse;width:100%;
                margin-bottom:2em;page-break-inside:avoid}th,td{border:1px solid #999;padding:.4em;text-align:left;
                vertical-align:top}th{width:18em;background:#eee}@media print{body{margin:0}}
                </style></head><body>
                <h1>Verzeichnis von Verarbeitungstätigkeiten (Art. 30 Abs. 1 DSGVO)</h1>
                """);
        html.append("<p>Mandant: ").append(escape(document.tenant())).append("</p>\n");
        if (document.activities().isEmpty()) {
            html.append("<p>Keine Datensätze mit personenbezogenen Daten.</p>\n");
        }
        for (ProcessingRecords.Entry entry : document.activities()) {
            html.append("<h2>Datensatz ").append(escape(entry.dataset())).append("</h2>\n<table>\n");
            row(html, "a) Verantwortlicher", entry.controller());
            row(html, "a) Datenschutzbeauftragte(r)", entry.dataProtectionOfficer());
            row(html, "b) Zwecke der Verarbeitung", String.join(", ", entry.purposes()));
            row(html, "b) Rechtsgrundlage", entry.legalBasis());
            row(html, "c) Kategorien betroffener Personen", entry.dataSubjects());
            row(html, "c) Kategorien personenbezogener Daten", entry.dataCategories());
            row(html, "d) Kategorien von Empfängern", entry.recipients());
            row(html, "e) Übermittlungen in Drittländer", entry.thirdCountryTransfers());
            row(html, "f) Fristen für die Löschung", entry.erasure());
            row(html, "g) Technische und organisatorische Maßnahmen", entry.securityMeasures());
            row(html, "Datenverantwortliche(r) im Betrieb", entry.owner());
            html.append("</table>\n");
        }
        return html.append("</body></html>\n").toString();
    }

    private static void row(StringBuilder html, String label, String value) {
        html.append("<tr><th>").append(escape(label)).append("</th><td>")
                .append(value == null || value.isBlank() ? "<em>nicht angegeben</em>" : escape(value))
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
