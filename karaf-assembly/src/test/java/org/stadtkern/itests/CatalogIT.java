package org.stadtkern.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.UUID;

import org.junit.Test;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The open data catalog at /catalog: DCAT-AP.de as Turtle and JSON-LD with the configured dataset of
 * the demo city (etc/org.stadtkern.catalog.dataset-environment.cfg) and the Datastreams that name
 * it; the page for people lists them. (Conformance to the SHACL shapes: CatalogGraphTest.)
 */
public class CatalogIT extends StadtkernTestSupport {

    @Test
    public void demoStationsArePlatformDataInTheCatalog() {
        await("five demo stations as SensorThings Things with Observations", 60, () -> get("/sta/v1.1/Observations?"
                + "$count=true&$top=0&$filter=startswith(Datastream/Thing/name,%27Messstation%27)").json()
                .get("@iot.count").asInt() >= 15
                && get("/sta/v1.1/Things?$count=true&$top=0&$filter=startswith(name,%27Messstation%27)").json()
                .get("@iot.count").asInt() == 5);
        Response turtle = get("/catalog");
        assertTrue(turtle.body(), turtle.body().contains("Lufttemperatur") && turtle.body().contains("dct:temporal"));
    }

    @Test
    public void catalogListsDatasetsWithTheirDatastreams() {
        String name = "Feinstaub " + UUID.randomUUID();
        String thing = SensorThingsConformanceIT.WEATHER_STATION.replace("\"Air temperature\", \"description\": "
                + "\"2 m above the roof\"", "\"" + name + "\", \"description\": \"PM10\", "
                + "\"properties\": {\"dataset\": \"environment\"}");
        Response created = http("POST", "/sta/v1.1/Things", "application/json", thing.getBytes(StandardCharsets.UTF_8));
        assertEquals(created.body(), 201, created.status());
        String internal = "Fahrgastzaehlung " + UUID.randomUUID();
        Response hidden = http("POST", "/sta/v1.1/Things", "application/json", thing.replace(name, internal)
                .replace("\"dataset\": \"environment\"", "\"dataset\": \"door-counts\"")
                .getBytes(StandardCharsets.UTF_8));
        assertEquals(hidden.body(), 201, hidden.status());

        Response turtle = get("/catalog");
        assertEquals(200, turtle.status());
        assertTrue(turtle.contentType(), turtle.contentType().startsWith("text/turtle"));
        assertTrue(turtle.body(), turtle.body().contains("<http://localhost:8181/catalog/datasets/environment>"));
        assertTrue(turtle.body(), turtle.body().contains("dct:license <http://dcat-ap.de/def/licenses/dl-by-de/2.0>"));
        assertTrue(turtle.body(), turtle.body().contains("Umweltmessstationen"));
        assertTrue(turtle.body(), turtle.body().contains(name));
        assertFalse("an open-data catalog names nothing internal", turtle.body().contains(internal)
                || turtle.body().contains("door-counts"));

        Response jsonLd = http("GET", "/catalog?format=jsonld", null, null);
        assertTrue(jsonLd.contentType(), jsonLd.contentType().startsWith("application/ld+json"));
        JsonNode graph = jsonLd.json().get("@graph");
        assertTrue(graph.toString().contains("\"http://www.w3.org/ns/dcat#Dataset\""));

        Response page = get("/catalog/index.html");
        assertTrue(page.contentType(), page.contentType().startsWith("text/html"));
        assertTrue(page.body(), page.body().contains("Umweltmessstationen") && page.body().contains(name));
        assertFalse(page.body(), page.body().contains(internal));

        Response missing = get("/catalog/nothing");
        assertEquals(404, missing.status());
        assertTrue(missing.contentType().startsWith("application/problem+json"));
    }

    /** What a client writes into its Host header never reaches the page others read (link poisoning). */
    @Test
    public void theCatalogPageDoesNotRepeatTheClientsHost() throws Exception {
        for (String host : new String[] {"evil.example", "evil.example\"><script>alert(1)</script>"}) {
            String answer = rawGet("/catalog/index.html", host);
            assertTrue(answer.lines().findFirst().orElse(""), answer.startsWith("HTTP/1.1 200")
                    || answer.startsWith("HTTP/1.1 400"));
            assertFalse(answer, answer.contains("evil.example"));
        }
    }

    /** A GET written by hand, with any Host header (Java's HTTP client does not allow setting it). */
    private static String rawGet(String path, String host) throws Exception {
        try (Socket socket = new Socket("localhost", 8181)) {
            socket.setSoTimeout(10_000);
            OutputStream out = socket.getOutputStream();
            out.write(("GET " + path + " HTTP/1.1\r\nHost: " + host + "\r\nConnection: close\r\n\r\n")
                    .getBytes(StandardCharsets.UTF_8));
            out.flush();
            return new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
