package org.stadtkern.core.internal.http;

import java.util.List;
import java.util.Map;

import org.stadtkern.core.api.http.PageLanguage;

/**
 * The page at {@code /}: what runs (every measure with its state), links to its pages and APIs,
 * and the addresses of the console and the MQTT broker. German, or English when the browser
 * prefers it; every value from the runtime is escaped.
 */
final class LandingPage {

    /** One measure as the page lists it. */
    record Entry(String id, String title, boolean up, String error, List<String> pages) {
    }

    private final PageLanguage language;

    private LandingPage(PageLanguage language) {
        this.language = language;
    }

    static LandingPage in(PageLanguage language) {
        return new LandingPage(language);
    }

    String language() {
        return language.tag();
    }

    String render(boolean ready, List<Entry> measures, String mqtt, String console) {
        StringBuilder html = new StringBuilder(4096);
        html.append("<!DOCTYPE html>\n<html lang=\"").append(language()).append("\">\n<head>\n")
                .append("<meta charset=\"utf-8\">\n<meta name=\"viewport\" content=\"width=device-width, "
                        + "initial-scale=1\">\n<title>Stadtkern</title>\n<style>")
                .append("body{font-family:system-ui,sans-serif;max-width:60rem;margin:2rem auto;padding:0 1rem;"
                        + "line-height:1.5;color:#1b1b1b}table{border-collapse:collapse;width:100%}"
                        + "th,td{text-align:left;padding:.4rem .6rem;border-bottom:1px solid #ccc;vertical-align:top}"
                        + ".up{color:#0a6b2d;font-weight:bold}.down{color:#a4000f;font-weight:bold}"
                        + "code{background:#f2f2f2;padding:0 .2rem}")
                .append("</style>\n</head>\n<body>\n<main>\n<h1>Stadtkern</h1>\n<p>")
                .append(text("Der Kern der Stadt: Smart-City-Maßnahmen auf einer Plattform.",
                        "The city's kernel: smart city measures on one platform."))
                .append("</p>\n<p>").append(text("Zustand", "State")).append(": ")
                .append(state(ready, null)).append(" (<a href=\"/health\">/health</a>)</p>\n");
        html.append("<h2>").append(text("Maßnahmen", "Measures")).append("</h2>\n<table>\n<thead><tr><th>")
                .append(text("Maßnahme", "Measure")).append("</th><th>").append(text("Zustand", "State"))
                .append("</th><th>").append(text("Seiten und Schnittstellen", "Pages and APIs"))
                .append("</th></tr></thead>\n<tbody>\n");
        for (Entry measure : measures) {
            html.append("<tr><td>").append(escape(measure.title() == null ? measure.id() : measure.title()))
                    .append(" <small>(").append(escape(measure.id())).append(")</small></td><td>")
                    .append(state(measure.up(), measure.error())).append("</td><td>");
            for (String page : measure.pages()) {
                html.append("<a href=\"").append(escape(page)).append("\">").append(escape(page)).append("</a><br>");
            }
            html.append("</td></tr>\n");
        }
        html.append("</tbody>\n</table>\n<h2>").append(text("Adressen", "Addresses")).append("</h2>\n<dl>\n")
                .append(item(text("Zustand für Betrieb und Orchestrierung", "State for operations and orchestration"),
                        "<a href=\"/health\">/health</a> " + text("(bereit)", "(ready)")
                        + ", <a href=\"/health/live\">/health/live</a> " + text("(lebt)", "(alive)")))
                .append(item(text("Nicht verarbeitbare Nachrichten (Administration)", "Dead letters (administrators)"),
                        "<a href=\"/api/dead-letters\">/api/dead-letters</a>"))
                .append(item("MQTT", "<code>" + escape(mqtt) + "</code>"))
                .append(item(text("Konsole", "Console"), "<code>" + escape(console) + "</code>"))
                .append("</dl>\n</main>\n</body>\n</html>\n");
        return html.toString();
    }

    private String state(boolean up, String error) {
        String word = up ? text("bereit", "ready") : text("nicht bereit", "not ready");
        String html = "<span class=\"" + (up ? "up" : "down") + "\">" + word + "</span>";
        return error == null ? html : html + "<br><small>" + escape(error) + "</small>";
    }

    private static String item(String term, String definition) {
        return "<dt>" + term + "</dt><dd>" + definition + "</dd>\n";
    }

    private String text(String german, String english) {
        return language.pick(german, english);
    }

    /** HTML text and attribute values: the five characters that could end either. */
    static String escape(String value) {
        StringBuilder escaped = new StringBuilder(value.length());
        for (char c : value.toCharArray()) {
            switch (c) {
                case '&' -> escaped.append("&amp;");
                case '<' -> escaped.append("&lt;");
                case '>' -> escaped.append("&gt;");
                case '"' -> escaped.append("&quot;");
                case '\'' -> escaped.append("&#39;");
                default -> escaped.append(c);
            }
        }
        return escaped.toString();
    }

    /** The measures of a /health report, each with its declared pages. */
    static List<Entry> entries(Map<?, ?> measures, Map<String, List<String>> pages) {
        return measures.entrySet().stream().map(e -> {
            Map<?, ?> measure = (Map<?, ?>) e.getValue();
            String id = String.valueOf(e.getKey());
            Object title = measure.get("title");
            Object error = measure.get("error");
            return new Entry(id, title == null ? null : String.valueOf(title), "UP".equals(measure.get("status")),
                    error == null ? null : String.valueOf(error), pages.getOrDefault(id, List.of()));
        }).toList();
    }
}
