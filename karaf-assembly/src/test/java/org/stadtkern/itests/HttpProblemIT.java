package org.stadtkern.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.nio.charset.StandardCharsets;

import org.junit.Test;

import com.fasterxml.jackson.databind.JsonNode;

/** Bad HTTP requests get a 4xx status with an RFC 9457 problem body, and change nothing. */
public class HttpProblemIT extends StadtkernTestSupport {

    private static final String JSON_TYPE = "application/json";

    @Test
    public void badRequestsGetProblemBodies() {
        String datastream = unique("it.http");
        String path = "/api/datastreams/" + datastream + "/observations";
        Response created = http("POST", path, JSON_TYPE, bytes("{\"result\": 3.5}"));
        assertEquals(created.body(), 201, created.status());
        assertEquals(3.5, created.json().get("result").asDouble(), 0.0);

        assertProblem(400, http("POST", path, JSON_TYPE, bytes("{\"result\": 1.0,")), "not valid JSON");
        assertProblem(400, http("POST", path, JSON_TYPE, bytes("{\"result\": \"warm\"}")), "result must be");
        assertProblem(400, http("POST", path, JSON_TYPE, bytes("{\"result\": 1, \"phenomenonTime\": 5}")),
                "phenomenonTime");
        assertProblem(400, http("POST", path, JSON_TYPE, bytes("[".repeat(10_000))), "not valid JSON");
        String padded = "{\"result\": 1, \"pad\": \"" + "x".repeat(70_000) + "\"}";
        assertProblem(413, http("POST", path, JSON_TYPE, bytes(padded)), "exceeds");
        assertProblem(415, http("POST", path, "text/plain", bytes("21.5")), "application/json");
        assertProblem(405, http("DELETE", path, null, null), "DELETE");
        assertProblem(400, get("/api/datastreams/x%27%3Bdrop%20table%20observations%3B--/observations"),
                "datastream");
        assertProblem(400, get(path + "?limit=abc"), "limit");
        assertProblem(400, get(path + "?limit=0"), "limit");
        assertProblem(400, get(path + "?limit=99999999999"), "limit");
        assertProblem(404, get("/api/datastreams/" + datastream), "/api/datastreams");
        assertProblem(404, get("/no/such/page"), "No resource");
        assertProblem(400, getAsOperator("/api/dead-letters?limit=-1"), "limit");
        assertProblem(400, getAsOperator("/api/dead-letters?limit=%27%20or%201%3D1"), "limit");
        assertProblem(401, http("GET", "/api/dead-letters", null, null, "nobody"), "not accepted");
        assertProblem(405, http("POST", "/health", JSON_TYPE, bytes("{}")), "POST");
        assertProblem(405, http("PUT", "/api/datastreams", JSON_TYPE, bytes("{}")), "PUT");
        assertProblem(404, http("POST", "/no/such/page", JSON_TYPE, bytes("{}")), "No resource");

        JsonNode stored = observations(datastream);
        assertEquals("only the valid observation is stored", 1, stored.size());
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
