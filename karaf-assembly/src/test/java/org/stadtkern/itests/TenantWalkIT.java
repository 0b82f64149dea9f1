package org.stadtkern.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneOffset;

import org.junit.Test;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The endpoints walked as an administrator of a second tenant (Duisburg), after Oberhausen stored
 * internal data, a dead letter, audit records and a registry entry: the other administrator gets
 * each endpoint's answer for its own tenant, with nothing of Oberhausen's in it but open data.
 */
public class TenantWalkIT extends StadtkernTestSupport {

    private static final String OTHER = "du-admin";

    @Test
    public void anAdministratorOfAnotherTenantSeesNothingOfOurs() throws Exception {
        ensureUser(OTHER, "_g_:admingroup", "tenant.duisburg");
        String tag = unique("walk");
        long internal = datastream(tag, "1", "passenger-counts");
        publish(topic(internal), "{\"result\": 3}");
        publish(topic(internal), "{\"result\": \"" + tag + "\",");
        await("stored", 20, () -> observations(internal).size() == 1);
        await("our dead letter", 20, () -> http("GET", "/api/dead-letters?limit=500", null, null, DEFAULT_USER)
                .body().contains(tag));
        String registry = """
                {"kind": "sensor", "name": "%s", "type": "infrared door counter", "owner": "STOAG",
                 "operator": "STOAG", "location": {"type": "Point", "coordinates": [6.8514, 51.4696]},
                 "commissioned": "2026-05-01", "status": "active", "things": [1], "datastreams": [1],
                 "datasets": ["passenger-counts"]}""".formatted(tag);
        Response entry = http("POST", "/sovereignty/api/infrastructure", "application/json",
                registry.getBytes(StandardCharsets.UTF_8), DEFAULT_USER);
        assertEquals(entry.body(), 201, entry.status());

        Response deadLetters = http("GET", "/api/dead-letters?limit=500", null, null, OTHER);
        assertEquals(200, deadLetters.status());
        for (JsonNode letter : deadLetters.json()) {
            assertEquals(letter.toString(), "duisburg", letter.path("tenant").asText());
        }
        assertFalse(deadLetters.body().contains(tag));

        Response audit = http("GET", "/sovereignty/api/audit?limit=1000", null, null, OTHER);
        assertEquals(200, audit.status());
        assertFalse("no audit record of ours: " + audit.body(), audit.body().contains("oberhausen")
                || audit.body().contains(tag));

        assertEquals(404, http("GET", STA + "/Datastreams(" + internal + ")", null, null, OTHER).status());
        assertEquals(404, http("GET", STA + "/Datastreams(" + internal + ")/Observations", null, null, OTHER)
                .status());
        assertFalse(http("GET", STA + "/Datastreams?$top=1000", null, null, OTHER).body().contains(tag));
        assertFalse(http("GET", STA + "/Observations?$top=1000&$expand=Datastream", null, null, OTHER).body()
                .contains(tag));

        for (String path : new String[] {"/sovereignty/api/infrastructure",
            "/sovereignty/api/infrastructure?tenant=oberhausen"}) {
            Response registered = http("GET", path, null, null, OTHER);
            assertEquals(path, 200, registered.status());
            assertFalse(path + ": " + registered.body(), registered.body().contains(tag));
        }

        String today = LocalDate.now(ZoneOffset.UTC).toString();
        Response counts = http("GET", "/api/hinweg/gtfs-ride/board_alight.txt?date=" + today, null, null, OTHER);
        assertEquals(counts.body(), 200, counts.status());
        assertEquals("none of them for Duisburg: " + counts.body(), 1, counts.body().lines().count());
    }
}
