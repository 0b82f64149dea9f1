package org.stadtkern.sensorthings.internal.catalog;

import java.util.Comparator;
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
                .append(escape(settings.description())).append("</p><p>Herausgeber: ");
        link(html, settings.publisherUri(), settings.publisherName());
        html.append(". Maschinenlesbar: <a href=\"/catalog\">DCAT-AP.de (Turtle)</a>, ")
                .append("<a href=\"/catalog?format=jsonld\">JSON-LD</a>.</p>");
        for (CatalogDataset dataset : datasets) {
            List<CatalogGraph.Stream> list = streams.getOrDefault(dataset.id(), List.of()).stream()
                    .sorted(Comparator.comparing(CatalogGraph.Stream::station).thenComparing(CatalogGraph.Stream::name))
                    .toList();
            html.append("<section id=\"").append(escape(dataset.id())).append("\"><h2>").append(escape(dataset.title()))
                    .append("</h2><p>").append(escape(dataset.description())).append("</p><p>Lizenz: ");
            link(html, dataset.license(), Licences.name(dataset.license()));
            if (!dataset.attribution().isBlank()) {
                html.append(". Namensnennung: ").append(escape(dataset.attribution()));
            }
            html.append("</p>");
            downloads(html, dataset);
            if (!dataset.downloads().isEmpty() && list.isEmpty()) {
                html.append("</section>");
                continue;
            }
            html.append("<p>").append(list.size()).append(list.size() == 1 ? " Datenstrom" : " Datenströme")
                    .append(" (neueste Messwerte als JSON):</p><ul>");
            for (CatalogGraph.Stream stream : list) {
                html.append("<li><a href=\"/sta/v1.1/Datastreams(").append(stream.id())
                        .append(")/Observations?$top=10&amp;$orderby=phenomenonTime%20desc\">")
                        .append(escape(stream.title())).append("</a></li>");
            }
            html.append("</ul></section>");
        }
        return html.append("</body></html>\n").toString();
    }

    /** The dataset's downloads, one link per format. */
    private static void downloads(StringBuilder html, CatalogDataset dataset) {
        if (dataset.downloads().isEmpty()) {
            return;
        }
        html.append("<p>Herunterladen:");
        String separator = " ";
        for (CatalogDataset.Download download : dataset.downloads()) {
            html.append(separator).append("<a href=\"").append(escape(download.path())).append("\">")
                    .append(download.fileType()).append("</a>");
            separator = ", ";
        }
        html.append("</p>");
    }

    /** A link when there is an http(s) address, else the text alone. */
    private static void link(StringBuilder html, String uri, String text) {
        if (uri.startsWith("https://") || uri.startsWith("http://")) {
            html.append("<a href=\"").append(escape(uri)).append("\">").append(escape(text)).append("</a>");
        } else {
            html.append(escape(text));
        }
    }

    static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;")
                .replace("'", "&#39;");
    }
}
