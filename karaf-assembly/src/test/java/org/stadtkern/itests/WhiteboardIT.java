package org.stadtkern.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import org.apache.camel.RoutesBuilder;
import org.apache.camel.builder.RouteBuilder;
import org.junit.Test;
import org.osgi.framework.ServiceRegistration;
import org.stadtkern.core.api.RouteContribution;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The route whiteboard as a measure bundle uses it: a registered contribution's routes run, its
 * unregistration removes exactly them, and a contribution with bad route ids is reported down.
 */
public class WhiteboardIT extends StadtkernTestSupport {

    @Test
    public void contributedRoutesRunAndGoWithTheService() throws Exception {
        long datastream = datastream(unique("it.whiteboard"));
        ServiceRegistration<RouteContribution> registration = bundleContext.registerService(
                RouteContribution.class, contribution("itwb", "itwb.timer", datastream), null);
        try {
            await("contributed route stores data", 30, () -> observations(datastream).size() > 0);
            JsonNode measure = get("/health").json().path("measures").path("itwb");
            assertEquals("UP", measure.path("status").asText());
            assertEquals("Started", measure.path("routes").path("itwb.timer").asText());
        } finally {
            registration.unregister();
        }
        assertTrue("route removed with its service", !console("stadtkern:routes").contains("itwb.timer"));
        assertTrue(!get("/health").json().path("measures").has("itwb"));
        assertEquals(200, get("/health").status());
    }

    @Test
    public void contributionWithForeignRouteIdsIsRefusedAndReported() throws Exception {
        ServiceRegistration<RouteContribution> registration = bundleContext.registerService(
                RouteContribution.class, contribution("itbad", "sensorthings.sneaky", 0), null);
        try {
            JsonNode health = get("/health").json();
            assertEquals("DOWN", health.path("status").asText());
            JsonNode measure = health.path("measures").path("itbad");
            assertEquals("DOWN", measure.path("status").asText());
            assertTrue(measure.toString(), measure.path("error").asText().contains("must start with 'itbad.'"));
            assertTrue(!console("stadtkern:routes").contains("sensorthings.sneaky"));
            assertEquals("the platform's own routes are untouched", "UP",
                    health.path("measures").path("sensorthings").path("status").asText());
        } finally {
            registration.unregister();
        }
        await("health up again", 20, () -> get("/health").status() == 200);
    }

    private static RouteContribution contribution(String measure, String routeId, long datastream) {
        return new RouteContribution() {
            @Override
            public String measure() {
                return measure;
            }

            @Override
            public RoutesBuilder routes() {
                return new RouteBuilder() {
                    @Override
                    public void configure() {
                        from("timer:" + routeId + "?period=200").routeId(routeId)
                                .setHeader("StadtkernDatastream", constant(String.valueOf(datastream)))
                                .setBody(constant("{\"result\": 5.0}"))
                                .to("direct:sensorthings.observations");
                    }
                };
            }
        };
    }
}
