package org.stadtkern.sensorthings.internal.catalog;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

class CatalogPageTest {

    private static final CatalogGraph.Settings SETTINGS = new CatalogGraph.Settings("Offene Daten", "Daten der Stadt",
            "Stadt Oberhausen", "https://www.oberhausen.de/", "");

    private static String page(String license, String attribution, CatalogGraph.Stream... streams) {
        CatalogDataset dataset = new CatalogDataset("environment", "Umweltmessstationen", "Luft", List.of(), "",
                license, attribution, "", "", List.of());
        return CatalogPage.render(SETTINGS, List.of(dataset), Map.of("environment", List.of(streams)));
    }

    @Test
    void datastreamsAreNamedWithQuantityUnitAndStationAsPeopleWriteThem() {
        String html = page("http://dcat-ap.de/def/licenses/dl-by-de/2.0", "",
                new CatalogGraph.Stream(2, "Lufttemperatur", "Messstation Sterkrade", "Cel", null, null),
                new CatalogGraph.Stream(1, "Feinstaub PM10", "Messstation Altmarkt", "ug/m3", null, null),
                new CatalogGraph.Stream(3, "Fahrgäste", "Zähler 7", "1", null, null));
        assertTrue(html.contains(">Feinstaub PM10 (µg/m³), Messstation Altmarkt</a>"), html);
        assertTrue(html.contains(">Lufttemperatur (°C), Messstation Sterkrade</a>"), html);
        assertTrue(html.contains(">Fahrgäste, Zähler 7</a>"), html);
        assertTrue(html.indexOf("Altmarkt") < html.indexOf("Sterkrade"), "by station");
        assertTrue(html.contains("3 Datenströme"), html);
    }

    @Test
    void publisherAndLicenceByName() {
        String html = page("http://dcat-ap.de/def/licenses/dl-by-de/2.0", "Stadt Oberhausen <Umweltamt>");
        assertTrue(html.contains("Herausgeber: <a href=\"https://www.oberhausen.de/\">Stadt Oberhausen</a>"), html);
        assertTrue(html.contains("Lizenz: <a href=\"http://dcat-ap.de/def/licenses/dl-by-de/2.0\">Datenlizenz "
                + "Deutschland – Namensnennung – Version 2.0</a>. Namensnennung: Stadt Oberhausen &lt;Umweltamt&gt;"),
                html);
        String other = page("https://example.org/own-licence", "");
        assertTrue(other.contains("<a href=\"https://example.org/own-licence\">https://example.org/own-licence</a>"),
                other);
        assertFalse(page("javascript:alert(1)", "").contains("href=\"javascript"), "only http(s) links");
    }
}
