package org.stadtkern.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.Test;

import com.fasterxml.jackson.databind.JsonNode;

/** Bad HTTP requests get a 4xx status with an RFC 9457 problem body, and change nothing. */
public class HttpProblemIT extends StadtkernTestSupport {

    private static final String JSON_TYPE = "application/json";

    @Test
    public void badRequestsGetProblemBodies() {
        long datastream = datastream(unique("it.http"));
        String path = STA + "/Datastreams(" + datastream + ")/Observations";
        Response created = http("POST", path, JSON_TYPE, bytes("{\"result\": 3.5}"));
        assertEquals(created.body(), 201, created.status());
        assertEquals(3.5, created.json().get("result").asDouble(), 0.0);

        assertProblem(400, http("POST", path, JSON_TYPE, bytes("{\"result\": 1.0,")), "not valid JSON");
        assertProblem(400, http("POST", path, JSON_TYPE, bytes("{\"result\": 1, \"phenomenonTime\": 5}")),
                "'phenomenonTime' must be a string");
        assertProblem(400, http("POST", path, JSON_TYPE, bytes("[".repeat(10_000))), "nesting depth");
        String padded = "{\"result\": 1, \"parameters\": {\"pad\": \"" + "x".repeat(1_100_000) + "\"}}";
        assertProblem(413, http("POST", path, JSON_TYPE, bytes(padded)), "exceeds 1048576 bytes");
        assertProblem(415, http("POST", path, "text/plain", bytes("21.5")), "application/json");
        assertProblem(404, get(STA + "/Datastreams(x%27%3Bdrop%20table%20sta_observations%3B--)/Observations"),
                "No entity");
        assertProblem(400, get(path + "?$top=abc"), "$top");
        assertProblem(404, get(STA + "/Datastreams(999999999)"), "999999999");
        assertProblem(404, get("/no/such/page"), "No resource");
        assertProblem(400, getAsOperator("/api/dead-letters?limit=-1"), "limit");
        assertProblem(400, getAsOperator("/api/dead-letters?limit=%27%20or%201%3D1"), "limit");
        assertProblem(401, http("GET", "/api/dead-letters", null, null, "nobody"), "not accepted");
        assertProblem(405, http("POST", "/health", JSON_TYPE, bytes("{}")), "POST");
        assertProblem(404, http("POST", "/no/such/page", JSON_TYPE, bytes("{}")), "No resource");
        assertProblem(404, get("/api/datastreams"), "No resource");

        JsonNode stored = observations(datastream);
        assertEquals("only the valid observation is stored", 1, stored.size());
    }

    /** Nobody writes without logging in: every write entry point answers an anonymous POST with 401. */
    @Test
    public void everyAnswerCarriesTheBrowsersProtections() throws Exception {
        HttpClient client = HttpClient.newHttpClient();
        for (String path : List.of("/platform/index.html", "/hinweg/stop.html", "/catalog/index.html", "/health",
                STA, "/api/hinweg/vehicles", "/sovereignty/processing-records", "/nothing-here")) {
            HttpHeaders headers = client.send(HttpRequest.newBuilder(URI.create(BASE + path)).build(),
                    HttpResponse.BodyHandlers.discarding()).headers();
            assertEquals(path, "nosniff", headers.firstValue("X-Content-Type-Options").orElse(null));
            assertEquals(path, "DENY", headers.firstValue("X-Frame-Options").orElse(null));
            assertEquals(path, "no-referrer", headers.firstValue("Referrer-Policy").orElse(null));
            String policy = headers.firstValue("Content-Security-Policy").orElse("");
            assertTrue(path + ": " + policy, policy.contains("default-src 'self'")
                    && policy.contains("frame-ancestors 'none'") && policy.contains("object-src 'none'")
                    && policy.contains("script-src 'self'") && !policy.matches(".*script-src[^;]*unsafe-inline.*"));
        }
    }

    @Test
    public void anonymousWritesAreRefusedEverywhere() {
        long datastream = datastream(unique("it.anonymous"));
        String observation = "{\"result\": 1}";
        String[] writes = {"POST " + STA + "/Datastreams(" + datastream + ")/Observations",
            "POST " + STA + "/Observations", "POST " + STA + "/Things", "POST " + STA + "/$batch",
            "POST " + STA + "/CreateObservations", "PATCH " + STA + "/Datastreams(" + datastream + ")",
            "DELETE " + STA + "/Datastreams(" + datastream + ")", "POST /sovereignty/api/infrastructure",
            "PUT /sovereignty/api/infrastructure/it-x", "POST /api/hinweg/gtfs", "PUT /api/hinweg/vehicles/it-bus",
            "PUT /api/hinweg/sensors/it-sensor"};
        for (String write : writes) {
            String[] request = write.split(" ");
            Response response = http(request[0], request[1], JSON_TYPE, bytes(observation), null);
            assertEquals(write + " answered " + response.body(), 401, response.status());
        }
        assertEquals("nothing stored", 0, observations(datastream).size());
    }

    private static void assertProblem(int status, Response response, String detail) {
        assertEquals(response.body(), status, response.status());
        assertTrue(response.contentType(), response.contentType().startsWith("application/problem+json"));
        JsonNode problem = response.json();
        assertEquals(status, problem.get("status").asInt());
        assertTrue(problem.get("title").asText().length() > 0);
        assertTrue(response.body(), problem.get("detail").asText().contains(detail));
        assertFalse("no stack trace", response.body().contains("Exception") || response.body().contains("\tat "));
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
