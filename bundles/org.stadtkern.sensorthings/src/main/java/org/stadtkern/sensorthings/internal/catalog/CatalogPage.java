package org.stadtkern.sensorthings.internal.catalog;

import java.util.List;
import java.util.Map;

/**
 * The catalog as an HTML page for people: datasets, their licence, contact and Datastreams. Its links
 * are relative to the runtime, so that nothing a client sends (its Host header) ends up in the page.
 */
final class CatalogPage {

    private CatalogPage() {
    }

    static String render(CatalogGraph.Settings settings, List<CatalogDataset> datasets,
            Map<String, List<CatalogGraph.Stream>> streams) {
        StringBuilder html = new StringBuilder();
        html.append("<!DOCTYPE html>\n<html lang=\"de\"><head><meta charset=\"utf-8\">")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">")
                .append("<title>").append(escape(settings.title())).append("</title>")
                .append("<style>body{font-family:sans-serif;max-width:60em;margin:auto;padding:1em;line-height:1.4}")
                .append("section{border-top:1px solid #ccc;padding:.5em 0}code{background:#eee}</style></head><body>")
                .append("<h1>").append(escape(settings.title())).append("</h1><p>")
                .append(escape(settings.description())).append("</p><p>Herausgeber: ")
                .append(escape(settings.publisherName())).append(". Maschinenlesbar: <a href=\"")
                .append("/catalog\">DCAT-AP.de (Turtle)</a>, <a href=\"")
                .append("/catalog?format=jsonld\">JSON-LD</a>.</p>");
        for (CatalogDataset dataset : datasets) {
            List<CatalogGraph.Stream> list = streams.getOrDefault(dataset.id(), List.of());
            html.append("<section id=\"").append(escape(dataset.id())).append("\"><h2>").append(escape(dataset.title()))
                    .append("</h2><p>").append(escape(dataset.description())).append("</p><p>Lizenz: <a href=\"")
                    .append(escape(dataset.license())).append("\">").append(escape(dataset.license()))
                    .append("</a></p><p>").append(list.size()).append(" Datastreams</p><ul>");
            for (CatalogGraph.Stream stream : list) {
                html.append("<li><a href=\"/sta/v1.1/Datastreams(").append(stream.id())
                        .append(")/Observations?$top=10&amp;$orderby=phenomenonTime%20desc\">")
                        .append(escape(stream.name())).append("</a></li>");
            }
            html.append("</ul></section>");
        }
        return html.append("</body></html>\n").toString();
    }

    static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;")
                .replace("'", "&#39;");
    }
}
