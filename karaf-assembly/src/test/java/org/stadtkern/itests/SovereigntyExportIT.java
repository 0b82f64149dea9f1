package org.stadtkern.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.util.UUID;

import org.junit.Test;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Data sovereignty over HTTP on the booted distribution: dataset policies and their ODRL form (open
 * ones public, internal and personal ones only for their tenant), the GDPR Art. 30 record for data
 * owners as JSON and as a page, and the audit log for a dataset's owner and administrators.
 */
public class SovereigntyExportIT extends StadtkernTestSupport {

    private static final String API = "/sovereignty/api";

    /** A data owner of the default tenant (password equals name), added to the realm as an operator would. */
    private static void addOwner() {
        ensureUser("ob-owner", "data-owner");
        ensureUser("ob-clerk", "reader");
    }

    @Test
    public void policiesOdrlProcessingRecordsAndAuditOverHttp() throws Exception {
        addOwner();
        String tag = UUID.randomUUID().toString().substring(0, 8);
        String personal = "wifi-" + tag;
        String changed = console("sovereignty:policy --set classification=personal --set purposes=research "
                + "--set retention=P30D --set owner=ob-owner --set data.subjects=visitors " + personal);
        assertTrue(changed, changed.contains("changed"));
        await("the policy applies", 30, () -> http("GET", API + "/datasets/" + personal, null, null, "ob-owner")
                .status() == 200);

        // open policies are public, with their ODRL form
        Response open = http("GET", API + "/datasets/environment/odrl", null, null, null);
        assertEquals(open.body(), 200, open.status());
        assertTrue(open.contentType(), open.contentType().startsWith("application/ld+json"));
        JsonNode permission = open.json().get("permission").get(0);
        assertEquals("use", permission.get("action").asText());
        assertEquals("purpose", permission.get("constraint").get(0).get("leftOperand").asText());
        assertEquals("elapsedTime", permission.get("duty").get(0).get("constraint").get(0).get("leftOperand")
                .asText());
        // a personal dataset's policy does not exist for outsiders
        assertEquals(404, http("GET", API + "/datasets/" + personal + "/odrl", null, null, null).status());
        assertFalse(http("GET", API + "/datasets", null, null, null).body().contains(personal));
        assertEquals(200, http("GET", API + "/datasets/" + personal + "/odrl", null, null, "ob-clerk").status());
        int traversal = http("GET", API + "/datasets/..%2F..%2Fetc/odrl", null, null, null).status();
        assertTrue("path tricks find nothing: " + traversal, traversal == 400 || traversal == 404);

        // the record of processing activities: data owners only
        assertEquals(401, http("GET", API + "/processing-records", null, null, null).status());
        Response refused = http("GET", API + "/processing-records", null, null, "ob-clerk");
        assertEquals(403, refused.status());
        assertTrue(refused.contentType().startsWith("application/problem+json"));
        JsonNode records = http("GET", API + "/processing-records", null, null, "ob-owner").json();
        JsonNode entry = null;
        for (JsonNode activity : records.get("activities")) {
            assertEquals("only personal datasets", false, activity.get("dataset").asText().equals("environment"));
            if (activity.get("dataset").asText().equals(personal)) {
                entry = activity;
            }
        }
        assertTrue(records.toString(), entry != null);
        assertEquals("visitors", entry.get("dataSubjects").asText());
        assertEquals("after P30D", entry.get("erasure").asText());
        Response page = http("GET", "/sovereignty/processing-records", null, null, "ob-owner");
        assertTrue(page.contentType(), page.contentType().startsWith("text/html"));
        assertTrue(page.body(), page.body().contains(personal) && page.body().contains("f) Fristen"));

        // the audit log: the owner reads its dataset's records, not others'; an administrator all
        Response audit = http("GET", API + "/audit?dataset=" + personal, null, null, "ob-owner");
        assertEquals(audit.body(), 200, audit.status());
        assertTrue(audit.body(), audit.body().contains("\"action\":\"policy\""));
        assertEquals(403, http("GET", API + "/audit?dataset=environment", null, null, "ob-owner").status());
        assertEquals(400, http("GET", API + "/audit", null, null, "ob-owner").status());
        assertEquals(400, http("GET", API + "/audit?since=yesterday", null, null, DEFAULT_USER).status());
        assertEquals(400, http("GET", API + "/audit?limit=99999999", null, null, DEFAULT_USER).status());
        assertTrue(http("GET", API + "/audit?limit=5", null, null, DEFAULT_USER).json().size() <= 5);
    }
}
