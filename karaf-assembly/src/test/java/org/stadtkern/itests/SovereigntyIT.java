package org.stadtkern.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.util.UUID;

import javax.sql.DataSource;

import org.junit.Test;
import org.osgi.framework.ServiceReference;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Data sovereignty on the SensorThings read path, as each role and as two tenants: open data for
 * everyone, internal data only for its tenant's users, personal data only with a grant for the
 * declared purpose; hostile reads (guessed ids, $expand, $filter, forged purposes, expired or forged
 * tokens) get 401/403/404 and reveal nothing; reads and refusals land in the hash-chained audit log,
 * which detects a record changed in the database.
 */
public class SovereigntyIT extends StadtkernTestSupport {


    /** Users of two municipalities (passwords equal names), added to the realm as an operator would. */
    private static void addUsers() {
        ensureUser("ob-reader", "reader");
        ensureUser("ob-analyst", "reader");
        ensureUser("du-reader", "reader", "tenant.duisburg");
    }

    static long station(String name, String dataset) {
        String body = SensorThingsConformanceIT.WEATHER_STATION.replace("Weather station Altmarkt", name)
                .replace("\"2 m above the roof\",", "\"2 m above the roof\", \"properties\": {\"dataset\": \""
                        + dataset + "\"},");
        Response created = http("POST", STA + "/Things", "application/json", body.getBytes(StandardCharsets.UTF_8));
        assertEquals(created.body(), 201, created.status());
        return created.json().get("@iot.id").asLong();
    }

    static long datastreamOf(long thing) {
        return SensorThingsHttpIT.firstId(STA + "/Things(" + thing + ")/Datastreams");
    }

    private static int status(String path, String user) {
        return http("GET", path, null, null, user).status();
    }

    /**
     * Asserts that the caller gets 404 for the path; a failure names what the runtime took the caller
     * for (the realm's roles of the user now, the audit's last records of it).
     */
    private static void assertHidden(String message, String path, String user) {
        int status = status(path, user);
        if (status != 404) {
            String audit = http("GET", "/sovereignty/api/audit?limit=20", null, null, DEFAULT_USER).body();
            throw new AssertionError((message == null ? "" : message + ": ") + "GET " + path + " as " + user
                    + " answered " + status + " instead of 404; realm roles now "
                    + (user == null ? "-" : realmRoles(user)) + "; audit " + audit);
        }
    }

    private static int size(String path, String user) {
        Response response = http("GET", path, null, null, user);
        assertEquals(response.body(), 200, response.status());
        return response.json().get("value").size();
    }

    @Test
    public void eachRoleAndTenantSeesOnlyWhatItMay() throws Exception {
        addUsers();
        String tag = UUID.randomUUID().toString().substring(0, 8);
        long openThing = station("Open " + tag, "environment");
        long internalThing = station("Internal " + tag, "counts-" + tag);
        long openStream = datastreamOf(openThing);
        long internalStream = datastreamOf(internalThing);
        String internalPath = STA + "/Datastreams(" + internalStream + ")";

        // open data: everyone, without login
        assertEquals(200, status(STA + "/Datastreams(" + openStream + ")/Observations", null));
        assertEquals(200, status(STA + "/Datastreams(" + openStream + ")", "du-reader"));

        // internal data: its tenant's readers; others get 404 as if it did not exist
        assertEquals(200, status(internalPath, "ob-reader"));
        assertEquals(2, size(internalPath + "/Observations", "ob-reader"));
        for (String outsider : new String[] {null, "du-reader"}) {
            assertHidden(null, internalPath, outsider);
            assertHidden(null, internalPath + "/Observations", outsider);
            assertHidden(null, STA + "/Things(" + internalThing + ")", outsider);
            assertEquals(0, size(STA + "/Datastreams?$filter=" + encode("name eq 'Air temperature' and "
                    + "Thing/name eq 'Internal " + tag + "'"), outsider));
            assertEquals(0, size(STA + "/Observations?$filter=" + encode("Datastream/@iot.id eq " + internalStream),
                    outsider));
            JsonNode expanded = http("GET", STA + "/Things(" + openThing + ")?$expand=Datastreams/Observations", null,
                    null, outsider).json();
            assertEquals(1, expanded.get("Datastreams").size());
            String everything = http("GET", STA + "/Datastreams?$top=1000&$expand=Thing", null, null, outsider)
                    .body();
            assertFalse("no trace of the internal Thing", everything.contains("Internal " + tag));
        }
        // a wrong password, a forged or expired token, an undeclared purpose
        assertEquals(401, status(internalPath, "intruder"));
        Response forged = bearer(internalPath, "sk_forged", null);
        assertEquals(401, forged.status());
        assertTrue(forged.contentType().startsWith("application/problem+json"));
        String expired = console("sovereignty:token --role reader --valid PT1S ob-reader").lines().findFirst()
                .orElseThrow().trim();
        Thread.sleep(1_500);
        assertEquals(401, bearer(internalPath, expired, null).status());
        String token = console("sovereignty:token --role reader --valid PT1H ob-reader").lines().findFirst()
                .orElseThrow().trim();
        assertEquals(200, bearer(internalPath, token, null).status());
        assertEquals(403, bearer(internalPath, token, "spying").status());
        // writing needs the role operator
        assertEquals(401, http("POST", STA + "/Things", "application/json", "{}".getBytes(StandardCharsets.UTF_8),
                null).status());
        assertEquals(403, http("POST", STA + "/Things", "application/json", "{}".getBytes(StandardCharsets.UTF_8),
                "ob-reader").status());

        String audit = console("sovereignty:audit --limit 200");
        assertTrue(audit, audit.matches("(?s).*ob-reader@oberhausen +\\| read.*"));
        assertTrue(audit, audit.contains("denied"));
        String refusals = http("GET", "/sovereignty/api/audit?limit=500", null, null, DEFAULT_USER).body();
        assertTrue("a guessed id of hidden data is recorded: " + refusals, refusals.contains("GET " + STA
                + "/Datastreams(" + internalStream + "): not visible to the caller"));
    }

    @Test
    public void personalDataNeedsAGrantForTheDeclaredPurpose() throws Exception {
        addUsers();
        String tag = UUID.randomUUID().toString().substring(0, 8);
        String dataset = "trips-" + tag;
        String policy = console("sovereignty:policy --set classification=personal --set purposes=traffic-planning "
                + "--set retention=P90D --set owner=karaf " + dataset);
        assertTrue(policy, policy.contains("changed"));
        await("the policy applies", 30, () -> {
            try {
                return console("sovereignty:policy " + dataset).contains("personal");
            } catch (Exception e) {
                return false;
            }
        });
        long thing = station("Personal " + tag, dataset);
        assertEquals("even an administrator needs a grant", 0, size(STA + "/Things(" + thing + ")/Datastreams",
                DEFAULT_USER));
        String granted = console("sovereignty:grant ob-analyst " + dataset + " traffic-planning");
        String grant = granted.substring("Grant ".length(), granted.indexOf(':'));
        long stream = http("GET", STA + "/Things(" + thing + ")/Datastreams?purpose=traffic-planning", null, null,
                "ob-analyst").json().get("value").get(0).get("@iot.id").asLong();
        String path = STA + "/Datastreams(" + stream + ")/Observations";

        assertEquals("a reader without grant", 404, withPurpose(path, "ob-reader", "traffic-planning"));
        assertEquals("a grant, but no purpose declared", 404, status(path, "ob-analyst"));
        assertEquals("a grant for another purpose than declared", 404, withPurpose(path, "ob-analyst", "research"));
        assertEquals(200, withPurpose(path, "ob-analyst", "traffic-planning"));
        assertEquals("another tenant", 404, withPurpose(path, "du-reader", "traffic-planning"));

        assertTrue(console("sovereignty:revoke " + grant).contains("revoked"));
        assertEquals("the grant revoked", 404, withPurpose(path, "ob-analyst", "traffic-planning"));

        String audit = console("sovereignty:audit --dataset " + dataset);
        assertTrue(audit, audit.contains("ob-analyst@oberhausen") && audit.contains("traffic-planning"));
        assertTrue(audit, audit.contains("grant") && audit.contains("policy"));
    }

    @Test
    public void openCountsWithAPublicationRuleAreNotPublishedRaw() throws Exception {
        addUsers();
        String dataset = "boardings-" + UUID.randomUUID().toString().substring(0, 8);
        String policy = console("sovereignty:policy --set classification=open --set count.rule=suppress "
                + "--set count.k=5 " + dataset);
        assertTrue(policy, policy.contains("changed"));
        await("the policy applies", 30, () -> http("GET", "/sovereignty/api/datasets/" + dataset, null, null, null)
                .status() == 200);
        long stream = datastreamOf(station("Counter " + dataset, dataset));

        assertHidden("outsiders get no raw counts", STA + "/Datastreams(" + stream + ")/Observations", null);
        assertHidden(null, STA + "/Datastreams(" + stream + ")", "du-reader");
        assertEquals("the tenant's readers do", 200, status(STA + "/Datastreams(" + stream + ")/Observations",
                "ob-reader"));
    }

    @Test
    public void theAuditChainDetectsAChangedRecord() throws Exception {
        assertEquals(401, http("GET", "/sta/v1.1/Things", null, null, "intruder").status()); // audited
        assertTrue(console("sovereignty:audit --verify"), console("sovereignty:audit --verify").contains("intact"));
        ServiceReference<DataSource> reference = bundleContext.getServiceReferences(DataSource.class,
                "(dataSourceName=stadtkern)").iterator().next();
        DataSource dataSource = bundleContext.getService(reference);
        try (Connection connection = dataSource.getConnection()) {
            String actor;
            try (PreparedStatement read = connection.prepareStatement(
                    "select actor from sovereignty_audit where seq = 1");
                    java.sql.ResultSet row = read.executeQuery()) {
                // record 1 exists: the refused login above was recorded at the latest
                assertTrue(row.next());
                actor = row.getString(1);
            }
            setActor(connection, "someone-else");
            try {
                String verdict = console("sovereignty:audit --verify");
                assertTrue(verdict, verdict.contains("BROKEN") && verdict.contains("record 1 was changed"));
            } finally {
                setActor(connection, actor);
            }
            assertTrue("intact again", console("sovereignty:audit --verify").contains("intact"));
        } finally {
            bundleContext.ungetService(reference);
        }
    }

    private static void setActor(Connection connection, String actor) throws Exception {
        try (PreparedStatement tamper = connection.prepareStatement(
                "update sovereignty_audit set actor = ? where seq = 1")) {
            tamper.setString(1, actor);
            assertEquals(1, tamper.executeUpdate());
        }
    }

    private static int withPurpose(String path, String user, String purpose) {
        return http("GET", path + "?purpose=" + purpose, null, null, user).status();
    }

    private static Response bearer(String path, String token, String purpose) throws Exception {
        java.net.http.HttpRequest.Builder request = java.net.http.HttpRequest.newBuilder(
                java.net.URI.create(BASE + path)).header("Authorization", "Bearer " + token);
        if (purpose != null) {
            request.header("X-Purpose", purpose);
        }
        java.net.http.HttpResponse<String> response = java.net.http.HttpClient.newHttpClient()
                .send(request.build(), java.net.http.HttpResponse.BodyHandlers.ofString());
        return new Response(response.statusCode(), response.headers().firstValue("Content-Type").orElse(""),
                response.body());
    }

    private static String encode(String text) {
        return java.net.URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
