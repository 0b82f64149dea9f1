package org.stadtkern.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;

import org.junit.Test;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * SensorThings over HTTP as a client sees it: responses shaped as the standard's examples show
 * them (section 9), and hostile requests answered with a 4xx problem body that changes nothing.
 */
public class SensorThingsHttpIT extends StadtkernTestSupport {

    private static final String ROOT = "/sta/v1.1";

    /** Creates a weather station (Thing, Location, Datastream, Sensor, ObservedProperty, 2 Observations). */
    static long createStation(String name) {
        String body = SensorThingsConformanceIT.WEATHER_STATION.replace("Weather station Altmarkt", name);
        Response created = http("POST", ROOT + "/Things", "application/json", body.getBytes(StandardCharsets.UTF_8));
        assertEquals(created.body(), 201, created.status());
        return created.json().get("@iot.id").asLong();
    }

    static long firstId(String path) {
        return get(path).json().get("value").get(0).get("@iot.id").asLong();
    }

    static long count(String path) {
        return get(path + (path.contains("?") ? "&" : "?") + "$count=true&$top=0").json().get("@iot.count").asLong();
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20");
    }

    @Test
    public void entitiesCarryTheControlInformationAndNavigationLinksOfTheStandard() {
        long thing = createStation("Station " + UUID.randomUUID());
        JsonNode json = get(ROOT + "/Things(" + thing + ")").json();
        String self = "http://localhost:8181/sta/v1.1/Things(" + thing + ")";
        assertEquals(thing, json.get("@iot.id").asLong());
        assertEquals(self, json.get("@iot.selfLink").asText());
        assertEquals(self + "/Locations", json.get("Locations@iot.navigationLink").asText());
        assertEquals(self + "/HistoricalLocations", json.get("HistoricalLocations@iot.navigationLink").asText());
        assertEquals(self + "/Datastreams", json.get("Datastreams@iot.navigationLink").asText());
        assertEquals("Stadt Oberhausen", json.get("properties").get("owner").asText());

        Response name = get(ROOT + "/Things(" + thing + ")/name");
        assertEquals(JSON.createObjectNode().put("name", json.get("name").asText()), name.json());
        Response value = get(ROOT + "/Things(" + thing + ")/name/$value");
        assertTrue(value.contentType(), value.contentType().startsWith("text/plain"));
        assertEquals(json.get("name").asText(), value.body());

        JsonNode refs = get(ROOT + "/Things(" + thing + ")/Datastreams/$ref").json();
        assertEquals(1, refs.get("value").size());
        assertEquals(List.of("@iot.selfLink"), sorted(refs.get("value").get(0)));

        JsonNode history = get(ROOT + "/Things(" + thing + ")/HistoricalLocations?$expand=Locations").json();
        assertEquals("one HistoricalLocation for the Thing created with its Location", 1, history.get("value").size());
        assertEquals("Altmarkt", history.get("value").get(0).get("Locations").get(0).get("name").asText());
    }

    @Test
    public void queryOptionsAsTheStandardDescribesThem() {
        long thing = createStation("Query station " + UUID.randomUUID());
        long datastream = firstId(ROOT + "/Things(" + thing + ")/Datastreams");
        String observations = ROOT + "/Datastreams(" + datastream + ")/Observations";
        JsonNode latest = get(observations + "?$top=1&$orderby=phenomenonTime%20desc&$select=result,phenomenonTime"
                + "&$count=true").json();
        assertEquals(2, latest.get("@iot.count").asInt());
        assertEquals(4.25, latest.get("value").get(0).get("result").asDouble(), 0.0);
        assertEquals(List.of("phenomenonTime", "result"), sorted(latest.get("value").get(0)));
        assertEquals("http://localhost:8181" + observations + "?$orderby=phenomenonTime%20desc"
                + "&$select=result,phenomenonTime&$count=true&$top=1&$skip=1", latest.get("@iot.nextLink").asText());

        JsonNode expanded = get(ROOT + "/Things(" + thing + ")?$expand=Datastreams($select=name;$expand="
                + "Observations($filter=result%20gt%204;$select=result),Sensor($select=name))").json();
        JsonNode stream = expanded.get("Datastreams").get(0);
        assertEquals("Air temperature", stream.get("name").asText());
        assertEquals("PT100", stream.get("Sensor").get("name").asText());
        assertEquals(1, stream.get("Observations").size());
        assertEquals(4.25, stream.get("Observations").get(0).get("result").asDouble(), 0.0);

        JsonNode filtered = get(ROOT + "/Observations?$filter=" + encode("Datastream/Thing/@iot.id eq " + thing
                + " and phenomenonTime ge 2026-11-22T06:30:00Z")).json();
        assertEquals(1, filtered.get("value").size());
        JsonNode near = get(ROOT + "/Things?$filter=" + encode("@iot.id eq " + thing
                + " and st_within(Locations/location, geography'POLYGON((6 51, 7 51, 7 52, 6 52, 6 51))')")).json();
        assertEquals(near.toString(), 1, near.get("value").size());
        JsonNode far = get(ROOT + "/Things?$filter=" + encode("@iot.id eq " + thing
                + " and st_within(Locations/location, geography'POLYGON((8 51, 9 51, 9 52, 8 52, 8 51))')")).json();
        assertEquals(far.toString(), 0, far.get("value").size());
    }

    @Test
    public void dataArrayCreateAndReadAndJsonBatch() {
        long thing = createStation("Array station " + UUID.randomUUID());
        long datastream = firstId(ROOT + "/Things(" + thing + ")/Datastreams");
        String create = "[{\"Datastream\": {\"@iot.id\": " + datastream + "}, \"components\": [\"phenomenonTime\", "
                + "\"result\"], \"dataArray\": [[\"2026-11-22T10:00:00Z\", 1.5], [\"2026-11-22T10:01:00Z\", 2.5], "
                + "[\"not a time\", 3]]}]";
        Response created = http("POST", ROOT + "/CreateObservations", "application/json",
                create.getBytes(StandardCharsets.UTF_8));
        assertEquals(created.body(), 201, created.status());
        JsonNode links = created.json();
        assertEquals(3, links.size());
        assertTrue(links.get(0).asText().startsWith("http://localhost:8181/sta/v1.1/Observations("));
        assertEquals("error", links.get(2).asText());

        JsonNode array = get(ROOT + "/Datastreams(" + datastream + ")/Observations?$resultFormat=dataArray"
                + "&$select=phenomenonTime,result&$orderby=phenomenonTime&$filter=phenomenonTime%20ge%20"
                + "2026-11-22T10:00:00Z").json();
        JsonNode group = array.get("value").get(0);
        assertEquals("http://localhost:8181/sta/v1.1/Datastreams(" + datastream + ")",
                group.get("Datastream@iot.navigationLink").asText());
        assertEquals(JSON.createArrayNode().add("phenomenonTime").add("result"), group.get("components"));
        assertEquals(2, group.get("dataArray@iot.count").asInt());
        assertEquals("[[\"2026-11-22T10:00:00.000Z\",1.5],[\"2026-11-22T10:01:00.000Z\",2.5]]",
                group.get("dataArray").toString());

        String batch = "{\"requests\": [{\"id\": \"a\", \"method\": \"get\", \"url\": \"Things(" + thing
                + ")?$select=name\"}, {\"id\": \"b\", \"method\": \"patch\", \"url\": \"Things(" + thing
                + ")\", \"body\": {\"description\": \"changed in a batch\"}}, {\"id\": \"c\", \"method\": \"get\", "
                + "\"url\": \"Things(999999999)\"}, {\"id\": \"d\", \"method\": \"post\", \"url\": "
                + "\"Datastreams(" + datastream + ")/Observations\", \"body\": {\"result\": 9}}]}";
        JsonNode answers = http("POST", ROOT + "/$batch", "application/json", batch.getBytes(StandardCharsets.UTF_8))
                .json().get("responses");
        assertEquals(4, answers.size());
        assertEquals(200, answers.get(0).get("status").asInt());
        assertEquals(List.of("name"), sorted(answers.get(0).get("body")));
        assertEquals("changed in a batch", answers.get(1).get("body").get("description").asText());
        assertEquals(404, answers.get(2).get("status").asInt());
        assertEquals(201, answers.get(3).get("status").asInt());
        assertTrue(answers.get(3).get("headers").get("location").asText().contains("/Observations("));
        assertProblem(400, http("POST", ROOT + "/$batch", "application/json", "{\"requests\": 5}"
                .getBytes(StandardCharsets.UTF_8)), "batch without requests");
    }

    @Test
    public void updatesByPatchJsonPatchAndPut() {
        long thing = createStation("Update station " + UUID.randomUUID());
        String path = ROOT + "/Things(" + thing + ")";
        Response patched = http("PATCH", path, "application/json",
                "{\"description\": \"Roof, north side\"}".getBytes(StandardCharsets.UTF_8));
        assertEquals(patched.body(), 200, patched.status());
        assertEquals("Roof, north side", get(path).json().get("description").asText());
        assertEquals("PATCH keeps what it does not name", "Stadt Oberhausen",
                get(path).json().get("properties").get("owner").asText());

        Response jsonPatch = http("PATCH", path, "application/json-patch+json", ("[{\"op\": \"replace\", "
                + "\"path\": \"/properties/owner\", \"value\": \"Stadtwerke\"}, {\"op\": \"add\", "
                + "\"path\": \"/properties/floor\", \"value\": 3}]").getBytes(StandardCharsets.UTF_8));
        assertEquals(jsonPatch.body(), 200, jsonPatch.status());
        JsonNode properties = get(path).json().get("properties");
        assertEquals("Stadtwerke", properties.get("owner").asText());
        assertEquals(3, properties.get("floor").asInt());
        assertProblem(400, http("PATCH", path, "application/json-patch+json", ("[{\"op\": \"test\", \"path\": "
                + "\"/name\", \"value\": \"something else\"}]").getBytes(StandardCharsets.UTF_8)), "failed test");

        Response put = http("PUT", path, "application/json", "{\"name\": \"Replaced\", \"description\": \"new\"}"
                .getBytes(StandardCharsets.UTF_8));
        assertEquals(put.body(), 200, put.status());
        JsonNode replaced = get(path).json();
        assertEquals("Replaced", replaced.get("name").asText());
        assertTrue("PUT clears what it does not name", replaced.get("properties").isNull());
        assertProblem(400, http("PUT", path, "application/json", "{\"name\": \"only a name\"}"
                .getBytes(StandardCharsets.UTF_8)), "PUT without a mandatory property");
    }

    @Test
    public void timeBucketAggregatesAndDeletionByFilter() {
        long thing = createStation("Aggregate station " + UUID.randomUUID());
        long datastream = firstId(ROOT + "/Things(" + thing + ")/Datastreams");
        String observations = ROOT + "/Datastreams(" + datastream + ")/Observations";
        StringBuilder rows = new StringBuilder();
        for (int minute = 0; minute < 120; minute += 10) {
            rows.append(rows.length() == 0 ? "" : ",").append(String.format("[\"2026-01-01T%02d:%02d:00Z\", %d]",
                    minute / 60, minute % 60, minute));
        }
        String body = "[{\"Datastream\": {\"@iot.id\": " + datastream + "}, \"components\": [\"phenomenonTime\", "
                + "\"result\"], \"dataArray\": [" + rows + "]}]";
        Response created = http("POST", ROOT + "/CreateObservations", "application/json",
                body.getBytes(StandardCharsets.UTF_8));
        assertEquals(created.body(), 201, created.status());

        JsonNode hours = get(observations + "?aggregate=PT1H&$filter="
                + encode("phenomenonTime lt 2026-01-02T00:00:00Z")).json();
        assertEquals("PT1H", hours.get("interval").asText());
        assertEquals(2, hours.get("value").size());
        JsonNode first = hours.get("value").get(0);
        assertEquals("2026-01-01T00:00:00.000Z/2026-01-01T01:00:00.000Z", first.get("phenomenonTime").asText());
        assertEquals(6, first.get("count").asInt());
        assertEquals(0.0, first.get("min").asDouble(), 0.0);
        assertEquals(50.0, first.get("max").asDouble(), 0.0);
        assertEquals(25.0, first.get("avg").asDouble(), 0.0);
        assertProblem(400, get(observations + "?aggregate=P1M"), "months have no fixed length");
        assertProblem(400, get(ROOT + "/Things?aggregate=PT1H"), "only Observations");

        assertProblem(400, http("DELETE", observations, null, null), "delete without a filter");
        Response deleted = http("DELETE", observations + "?$filter="
                + encode("phenomenonTime lt 2026-01-01T01:00:00Z"), null, null);
        assertEquals(deleted.body(), 200, deleted.status());
        assertEquals(6, deleted.json().get("deleted").asInt());
        assertEquals("6 old ones gone, 6 new and the station's 2 kept", 8, count(observations));
    }

    @Test
    public void hostileRequestsGetProblemBodiesAndChangeNothing() {
        createStation("Hostile target " + UUID.randomUUID());
        // what the refused bodies below would have created (the demo city goes on creating its own meanwhile)
        String things = ROOT + "/Things?$filter=" + encode("name eq 'n' or name eq 'x'");
        String datastreams = ROOT + "/Datastreams?$filter=" + encode("name eq 'x'");
        String locations = ROOT + "/Locations?$filter=" + encode("name eq 'l'");
        long thingsBefore = count(things);
        long datastreamsBefore = count(datastreams);
        long locationsBefore = count(locations);
        List<String> badUrls = List.of(
                ROOT + "/Things?$filter=" + encode("name eq 'x"),
                ROOT + "/Things?$filter=" + encode("(((name eq 'x')"),
                ROOT + "/Things?$filter=" + encode("(".repeat(1000) + "true" + ")".repeat(1000)),
                ROOT + "/Things?$filter=" + encode("nosuch eq 1"),
                ROOT + "/Things?$filter=" + encode("name eq 'x'; drop table sta_things"),
                ROOT + "/Things?$filter=" + encode("st_within(location, geography'POLYGON((1 2')"),
                ROOT + "/Things?$orderby=" + encode("name sideways"),
                ROOT + "/Things?$top=-1",
                ROOT + "/Things?$top=1&$top=2",
                ROOT + "/Things?$expand=" + encode("Datastreams($top=1"),
                ROOT + "/Things?$expand=Nothing",
                ROOT + "/Things?$select=nosuch",
                ROOT + "/Things?$unknown=1",
                ROOT + "/Things?$filter=%25ZZ");
        for (String url : badUrls) {
            assertProblem(400, get(url), url);
        }
        for (String url : List.of(ROOT + "/Thingies", ROOT + "/Things(x)", ROOT + "/Things(999999999)",
                ROOT + "/Things(1)/Sensors", "/sta/v2.0/Things", ROOT + "/Things(1)/name/name")) {
            assertProblem(404, get(url), url);
        }
        JsonNode huge = get(ROOT + "/Things?$top=2147483647").json();
        assertTrue("a huge $top is capped at the page size", huge.get("value").size() <= 100);

        String thingJson = "{\"name\": \"n\", \"description\": \"d\"";
        List<String> badBodies = List.of(thingJson, "[]", "{\"name\": 5, \"description\": \"d\"}",
                thingJson + ", \"properties\": \"not an object\"}",
                thingJson + ", \"Locations\": [{\"name\": \"l\", \"description\": \"d\", \"encodingType\": "
                        + "\"application/geo+json\", \"location\": {\"type\": \"Point\", \"coordinates\": [1]}}]}",
                thingJson + ", \"Datastreams\": [{\"name\": \"x\"}]}",
                thingJson + ", \"x'); drop table sta_things; --\": 1}",
                thingJson + ", \"Locations\": [{\"@iot.id\": 999999999}]}");
        for (String body : badBodies) {
            assertProblem(400, http("POST", ROOT + "/Things", "application/json",
                    body.getBytes(StandardCharsets.UTF_8)), body);
        }
        String oversized = thingJson + ", \"properties\": {\"p\": \"" + "x".repeat(1_100_000) + "\"}}";
        assertProblem(413, http("POST", ROOT + "/Things", "application/json",
                oversized.getBytes(StandardCharsets.UTF_8)), "oversized");
        assertProblem(415, http("POST", ROOT + "/Things", "text/plain", "x".getBytes(StandardCharsets.UTF_8)), "text");
        assertProblem(405, http("DELETE", ROOT + "/Things", null, null), "delete a collection");

        assertEquals(thingsBefore, count(things));
        assertEquals(datastreamsBefore, count(datastreams));
        assertEquals(locationsBefore, count(locations));
    }

    private static void assertProblem(int status, Response response, String what) {
        assertEquals(what + ": " + response.body(), status, response.status());
        assertTrue(what, response.contentType().startsWith("application/problem+json"));
        JsonNode problem = response.json();
        assertEquals(status, problem.get("status").asInt());
        assertFalse(what + ": " + response.body(), response.body().contains("Exception")
                || response.body().contains("\tat "));
    }

    private static List<String> sorted(JsonNode object) {
        List<String> names = new java.util.ArrayList<>();
        object.fieldNames().forEachRemaining(names::add);
        names.sort(null);
        return names;
    }
}
