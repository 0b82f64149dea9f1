package org.stadtkern.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.Test;
import org.osgi.framework.Bundle;

/**
 * Ready means ready: {@code /health} is 200 only when every installed measure answers, a path of a
 * measure that is not ready answers 503 with {@code Retry-After} (never 404), and the console keeps
 * its commands while the runtime reconfigures. Polled as an orchestrator and a script would.
 */
public class ReadinessIT extends StadtkernTestSupport {

    /** Documented endpoints of every measure and of the core (README, docs/measures). */
    private static final List<String> ENDPOINTS = List.of("/health", "/health/live", STA, "/catalog/",
            "/api/hinweg/vehicles", "/sovereignty/api/datasets", "/api/dead-letters");

    private static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    /**
     * The platform's bundle stopped (still installed) and started again: while it is down /health is
     * 503 naming it and its paths answer 503 with Retry-After; from the first 200 of /health on,
     * its API answers.
     */
    @Test
    public void anInstalledMeasureIsReadyOnlyWhenItsApiAnswers() throws Exception {
        Bundle platform = bundle("org.stadtkern.sensorthings");
        platform.stop();
        try {
            // while it stops, its routes go first ("not every route is started"), then the bundle
            await("health names the stopped platform", 30, () -> get("/health").status() == 503
                    && get("/health").json().path("measures").path("sensorthings").path("error").asText()
                            .contains("not active"));
            assertEquals("DOWN", get("/health").json().path("measures").path("sensorthings").path("status")
                    .asText());
            HttpResponse<String> waiting = request(STA + "/Things");
            assertEquals(waiting.body(), 503, waiting.statusCode());
            assertEquals("5", waiting.headers().firstValue("Retry-After").orElse(null));
            assertTrue(waiting.body(), waiting.body().contains("sensorthings"));
            assertEquals("a path no measure declares is still 404", 404, request("/no-such-measure").statusCode());
        } finally {
            Poller poller = new Poller();
            poller.start();
            platform.start();
            await("healthy again", 90, () -> get("/health").status() == 200);
            sleep(2000);
            poller.stop();
            poller.assertNoNotFound();
            assertTrue("polled while it started: " + poller.polls, poller.polls.get() > 10);
            assertTrue("was ready during the poll", poller.readyPolls.get() > 0);
        }
    }

    /**
     * A change of the core's configuration restarts its Camel context and every measure on it: no
     * documented endpoint answers 404 meanwhile, /health/live stays 200, and stadtkern:status stays a
     * command (it may say that the runtime is restarting).
     */
    @Test
    public void aChangeOfConfigurationAnswers503AndKeepsTheCommands() throws Exception {
        Path config = Paths.get(System.getProperty("karaf.etc"), "org.stadtkern.core.cfg");
        String original = Files.readString(config);
        Poller poller = new Poller();
        poller.start();
        List<String> consoleMissing = new ArrayList<>();
        try {
            Files.writeString(config, original.replace("route.restart.delay = 2000", "route.restart.delay = 2001"));
            long end = System.currentTimeMillis() + 15_000;
            while (System.currentTimeMillis() < end) {
                try {
                    console("stadtkern:status");
                } catch (Exception e) {
                    // Gogo's CommandNotFoundException, matched by name (the probe does not import Gogo);
                    // any other failure is the command saying why it cannot answer now
                    if (e.getClass().getSimpleName().equals("CommandNotFoundException")) {
                        consoleMissing.add(e.getMessage());
                    }
                }
                sleep(100);
            }
        } finally {
            Files.writeString(config, original);
        }
        await("healthy again", 90, () -> get("/health").status() == 200);
        sleep(2000);
        poller.stop();
        poller.assertNoNotFound();
        assertTrue("stadtkern:status was missing: " + consoleMissing, consoleMissing.isEmpty());
        assertEquals("/health/live answered other than 200: " + poller.notLive, 0, poller.notLive.size());
    }

    private Bundle bundle(String symbolicName) {
        for (Bundle bundle : bundleContext.getBundles()) {
            if (symbolicName.equals(bundle.getSymbolicName())) {
                return bundle;
            }
        }
        throw new AssertionError(symbolicName + " is not installed");
    }

    private static HttpResponse<String> request(String path) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create(BASE + path)).timeout(Duration.ofSeconds(10))
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString(
                        (DEFAULT_USER + ":" + DEFAULT_USER).getBytes(StandardCharsets.UTF_8)))
                .build();
        return CLIENT.send(request, HttpResponse.BodyHandlers.ofString());
    }

    /**
     * Polls every documented endpoint in a loop, as a monitoring script would: records every 404 and
     * every answer of an endpoint after /health had said 200 in the same round.
     */
    private static final class Poller {
        final List<String> notFound = Collections.synchronizedList(new ArrayList<>());
        final List<String> notLive = Collections.synchronizedList(new ArrayList<>());
        final AtomicInteger polls = new AtomicInteger();
        final AtomicInteger readyPolls = new AtomicInteger();
        private final AtomicBoolean running = new AtomicBoolean(true);
        private final Thread thread = new Thread(this::poll, "readiness-poller");

        void start() {
            thread.start();
        }

        void stop() throws InterruptedException {
            running.set(false);
            thread.join(30_000);
        }

        private void poll() {
            while (running.get()) {
                try {
                    int health = request("/health").statusCode();
                    if (health == 200) {
                        readyPolls.incrementAndGet();
                    }
                    for (String path : ENDPOINTS) {
                        int status = request(path).statusCode();
                        if (status == 404) {
                            notFound.add(path + (health == 200 ? " after /health 200" : ""));
                        }
                        if (path.equals("/health/live") && status != 200) {
                            notLive.add(String.valueOf(status));
                        }
                    }
                    polls.incrementAndGet();
                } catch (Exception e) {
                    notLive.add(e.toString());
                }
            }
        }

        void assertNoNotFound() {
            assertTrue("404 while the runtime started or reconfigured: " + notFound, notFound.isEmpty());
        }
    }
}
