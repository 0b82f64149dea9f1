package org.stadtkern.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import javax.xml.parsers.DocumentBuilderFactory;

import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * Runs the OGC executable test suite for SensorThings ({@code org.opengis.cite:ets-sta10:1.5}, the
 * "aio" jar) as its own Java process against the running service, at all three conformance levels
 * (ics=3: sensing core; create, update, delete; filtering extension), and reads its TestNG report.
 */
final class OgcTestSuite {

    /**
     * The one failure that is the suite's own bug: checkQueriesPriorityOrdering reads the result of
     * an Observation it created as {@code "result": 6} (a JSON number) with org.json's
     * {@code getString}, which the org.json version bundled in the aio jar (20240303) refuses for
     * numbers ("JSONObject[\"result\"] is not a string"). Returning the number as a string would break
     * the standard (result keeps its JSON type) and the suite's other checks; the suite's asserts
     * before that line (count 6, one entity) pass. Only this exact failure is tolerated.
     */
    static final String KNOWN_SUITE_BUG = "checkQueriesPriorityOrdering";
    private static final String KNOWN_SUITE_BUG_MESSAGE = "JSONObject[\"result\"] is not a string";

    private OgcTestSuite() {
    }

    /** Runs the suite against {@code serviceRoot}; returns each test method's status and failure message. */
    static Map<String, String> run(String serviceRoot) throws Exception {
        Path home = Files.createTempDirectory("ets-sta10");
        Path properties = home.resolve("test-run-props.xml");
        Files.writeString(properties, "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<properties>\n"
                + "  <entry key=\"iut\">" + serviceRoot + "</entry>\n  <entry key=\"ics\">3</entry>\n</properties>\n");
        String java = Paths.get(System.getProperty("java.home"), "bin", "java").toString();
        Process process = new ProcessBuilder(java, "-Duser.home=" + home, "-jar", System.getProperty("stadtkern.ets"),
                properties.toString()).redirectErrorStream(true).redirectOutput(home.resolve("ets.log").toFile())
                .start();
        assertTrue("the OGC suite finished within 5 minutes", process.waitFor(5, TimeUnit.MINUTES));
        Path report;
        try (Stream<Path> files = Files.walk(home)) {
            report = files.filter(p -> p.getFileName().toString().equals("testng-results.xml")).findFirst()
                    .orElseThrow(() -> new AssertionError("no TestNG report; see " + home.resolve("ets.log")));
        }
        return results(report.toFile());
    }

    /** Asserts that every test passed, but for the suite's known bug, and that all three levels ran. */
    static void assertConformant(Map<String, String> results) {
        assertTrue("level 1 ran: " + results, results.containsKey("readEntityAndCheckResponse"));
        assertTrue("level 2 ran: " + results, results.containsKey("createEntitiesWithDeepInsert"));
        assertTrue("level 3 ran: " + results, results.containsKey("readEntitiesWithFilterQO"));
        Map<String, String> failures = new LinkedHashMap<>();
        results.forEach((test, outcome) -> {
            boolean knownBug = test.equals(KNOWN_SUITE_BUG) && outcome.contains(KNOWN_SUITE_BUG_MESSAGE);
            if (!outcome.equals("PASS") && !knownBug) {
                failures.put(test, outcome);
            }
        });
        assertEquals("OGC ets-sta10 failures", Map.of(), failures);
    }

    private static Map<String, String> results(File report) throws Exception {
        Document document = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(report);
        NodeList methods = document.getElementsByTagName("test-method");
        Map<String, String> results = new LinkedHashMap<>();
        for (int i = 0; i < methods.getLength(); i++) {
            Element method = (Element) methods.item(i);
            if ("true".equals(method.getAttribute("is-config"))) {
                continue;
            }
            String outcome = method.getAttribute("status");
            NodeList messages = method.getElementsByTagName("message");
            if (!"PASS".equals(outcome) && messages.getLength() > 0) {
                outcome += ": " + messages.item(0).getTextContent().trim();
            }
            results.put(method.getAttribute("name"), outcome);
        }
        return results;
    }
}
