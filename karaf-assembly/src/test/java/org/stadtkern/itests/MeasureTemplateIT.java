package org.stadtkern.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.net.URI;
import java.nio.charset.StandardCharsets;

import javax.inject.Inject;

import org.apache.karaf.features.FeaturesService;
import org.junit.Test;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The measure template works as a partner would use it: the measure "example", generated from the
 * archetype and built by its integration test (build-tools/measure-archetype), is added to the
 * running distribution by its own feature repository, answers over HTTP and on the console with the
 * access rules of the kit, and leaves again without disturbing the others.
 */
public class MeasureTemplateIT extends StadtkernTestSupport {

    private static final String FEATURE = "stadtkern-example";
    private static final String ITEMS = "/api/example/items";

    @Inject
    protected FeaturesService features;

    @Test
    public void aGeneratedMeasureInstallsAnswersAndLeaves() throws Exception {
        URI repository = URI.create("mvn:org.stadtkern/org.stadtkern.example/"
                + System.getProperty("stadtkern.version") + "/xml/features");
        features.addRepository(repository);
        features.installFeature(FEATURE);
        try {
            await("example listed and up", 60, () -> {
                Response health = get("/health");
                return health.status() == 200 && health.json().path("measures").has("example");
            });
            ensureUser("example-operator", "operator");
            ensureUser("example-reader", "reader");
            ensureUser("example-bottrop", "reader", "tenant.bottrop");
            itsApiKeepsTheKitsRules();
            assertTrue(console("example:items"), console("example:items").contains("Kaisergarten"));
        } finally {
            features.uninstallFeature(FEATURE);
            features.removeRepository(repository);
        }
        await("example gone", 60, () -> !get("/health").json().path("measures").has("example"));
        Response health = get("/health");
        assertEquals(health.body(), 200, health.status());
        assertTrue(health.body(), health.json().path("measures").has("hinweg")
                && health.json().path("measures").has("demo"));
        assertEquals("its API went with it", 404, http("GET", ITEMS, null, null, "example-reader").status());
    }

    private static void itsApiKeepsTheKitsRules() {
        String item = "{\"name\": \"Kaisergarten\", \"note\": \"Tiergehege\"}";
        assertEquals("anonymous POST", 401, post(item, null).status());
        assertEquals("reader POST", 403, post(item, "example-reader").status());
        assertEquals("unknown field", 400, post("{\"name\": \"x\", \"owner\": \"evil\"}", "example-operator").status());
        assertEquals("wrong type", 400, post("{\"name\": [1]}", "example-operator").status());
        assertEquals("no name", 400, post("{\"note\": \"x\"}", "example-operator").status());
        assertEquals("not JSON", 400, post("{\"name\": ", "example-operator").status());
        assertEquals("oversized", 413, post("{\"name\": \"" + "x".repeat(20_000) + "\"}", "example-operator")
                .status());
        Response created = post(item, "example-operator");
        assertEquals(created.body(), 201, created.status());
        long id = created.json().get("id").asLong();

        assertEquals("anonymous GET", 401, getAnonymously(ITEMS).status());
        JsonNode items = http("GET", ITEMS, null, null, "example-reader").json();
        assertTrue(items.toString(), items.isArray() && items.size() >= 1);
        assertEquals("Kaisergarten", find(items, id).get("name").asText());
        JsonNode elsewhere = http("GET", ITEMS, null, null, "example-bottrop").json();
        assertTrue("another tenant's reader sees none of it: " + elsewhere, elsewhere.isArray()
                && elsewhere.findValues("name").stream().noneMatch(name -> "Kaisergarten".equals(name.asText())));
    }

    private static JsonNode find(JsonNode items, long id) {
        for (JsonNode item : items) {
            if (item.get("id").asLong() == id) {
                return item;
            }
        }
        throw new AssertionError("item " + id + " not in " + items);
    }

    private static Response post(String json, String user) {
        return http("POST", ITEMS, "application/json", json.getBytes(StandardCharsets.UTF_8), user);
    }
}
