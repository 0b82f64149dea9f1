package org.stadtkern.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

import org.junit.Test;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The registry of infrastructures over HTTP on the booted distribution: operators register, change
 * and remove sensors, gateways and systems of their tenant; the tenant's users read them all,
 * everyone else only entries whose data is open; hostile and malformed input gets a problem and
 * changes nothing; every change is in the audit log.
 */
public class InfrastructureRegistryIT extends StadtkernTestSupport {

    private static final String API = "/sovereignty/api/infrastructure";

    private static String entry(String name, String dataset) {
        return """
                {"kind": "sensor", "name": "%s", "type": "infrared door counter", "owner": "STOAG",
                 "operator": "STOAG", "location": {"type": "Point", "coordinates": [6.8514, 51.4696]},
                 "commissioned": "2026-05-01", "status": "active", "things": [1], "datastreams": [1],
                 "datasets": ["%s"]}""".formatted(name, dataset);
    }

    private static Response send(String method, String path, String body, String user) {
        return http(method, path, "application/json", body.getBytes(StandardCharsets.UTF_8), user);
    }

    @Test
    public void operatorsKeepTheRegistryAndReadersSeeWhatTheyMay() throws Exception {
        ensureUser("ob-clerk", "reader");
        ensureUser("du-clerk", "reader", "tenant.duisburg");
        ensureUser("du-operator", "operator", "tenant.duisburg");
        String tag = UUID.randomUUID().toString().substring(0, 8);
        Response internal = send("POST", API, entry("Door counter " + tag, "door-counts-" + tag), DEFAULT_USER);
        assertEquals(internal.body(), 201, internal.status());
        long id = internal.json().get("id").asLong();
        Response open = send("POST", API, entry("Air station " + tag, "environment"), DEFAULT_USER);
        assertEquals(open.body(), 201, open.status());

        // the tenant's users see every entry; others only the one whose data is open
        assertEquals(200, http("GET", API + "/" + id, null, null, "ob-clerk").status());
        for (String outsider : new String[] {null, "du-clerk"}) {
            assertEquals(404, http("GET", API + "/" + id, null, null, outsider).status());
            String list = http("GET", API + "?tenant=oberhausen", null, null, outsider).body();
            assertTrue(list, list.contains("Air station " + tag));
            assertFalse(list, list.contains("Door counter " + tag));
        }

        // writes: operators only
        assertEquals(401, send("POST", API, entry("x", "y"), null).status());
        assertEquals(403, send("POST", API, entry("x", "y"), "ob-clerk").status());
        assertEquals(403, send("DELETE", API + "/" + id, "", "du-clerk").status());
        assertEquals("another tenant's operator guessing the id", 404,
                send("DELETE", API + "/" + id, "", "du-operator").status());
        assertEquals(404, send("PUT", API + "/" + id, entry("Taken", "x"), "du-operator").status());

        // changes
        Response changed = send("PUT", API + "/" + id, entry("Door counter " + tag, "door-counts-" + tag)
                .replace("\"active\"", "\"maintenance\""), DEFAULT_USER);
        assertEquals(changed.body(), 200, changed.status());
        assertEquals("maintenance", http("GET", API + "/" + id, null, null, "ob-clerk").json().get("status")
                .asText());

        // removal, and the audit log
        assertEquals(200, send("DELETE", API + "/" + id, "", DEFAULT_USER).status());
        assertEquals(404, http("GET", API + "/" + id, null, null, DEFAULT_USER).status());
        String audit = console("sovereignty:audit --limit 50");
        assertTrue(audit, audit.contains("registered #" + id) && audit.contains("removed #" + id));
    }

    @Test
    public void hostileAndMalformedInputGetsAProblemAndChangesNothing() {
        Response created = send("POST", API, entry("Gateway " + UUID.randomUUID(), "environment"), DEFAULT_USER);
        assertEquals(created.body(), 201, created.status());
        long id = created.json().get("id").asLong();
        String before = http("GET", API + "/" + id, null, null, DEFAULT_USER).body();
        for (String bad : new String[] {"{", "[]", "{\"kind\": \"sensor\"}",
            entry("'; drop table sovereignty_infrastructure; --", "x").replace("\"active\"", "\"gone\""),
            entry("x", "a/../../etc"), entry("<script>alert(1)</script>", "x").replace("[1]", "[0]")}) {
            Response refused = send("PUT", API + "/" + id, bad, DEFAULT_USER);
            assertEquals(refused.body(), 400, refused.status());
            assertTrue(refused.contentType().startsWith("application/problem+json"));
            assertFalse(refused.body(), refused.body().contains("Exception"));
        }
        Response oversized = send("POST", API, "{\"name\": \"" + "x".repeat(64 * 1024) + "\"}", DEFAULT_USER);
        assertEquals(413, oversized.status());
        assertEquals(415, http("POST", API, "text/plain", "x".getBytes(StandardCharsets.UTF_8), DEFAULT_USER)
                .status());
        for (String path : new String[] {"/0", "/-1", "/abc", "/1/2", "/99999999999999999999", "/%27"}) {
            assertEquals(path, 404, http("GET", API + path, null, null, DEFAULT_USER).status());
        }
        assertEquals("nothing changed", before, http("GET", API + "/" + id, null, null, DEFAULT_USER).body());
        JsonNode stored = http("GET", API + "/" + id, null, null, DEFAULT_USER).json();
        assertEquals(6.8514, stored.get("location").get("coordinates").get(0).asDouble(), 1e-9);
    }
}
