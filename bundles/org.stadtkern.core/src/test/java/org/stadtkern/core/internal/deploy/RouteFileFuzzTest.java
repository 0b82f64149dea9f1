package org.stadtkern.core.internal.deploy;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.camel.CamelContext;
import org.apache.camel.RoutesBuilder;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.impl.DefaultCamelContext;
import org.apache.camel.support.PluginHelper;
import org.apache.camel.support.ResourceHelper;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import org.junit.jupiter.api.Test;

/**
 * Coverage-guided fuzzing (Jazzer) of route files as {@link RouteFileInstaller} reads them
 * ({@code *.camel.yaml} and {@code *.camel.xml} in deploy/): Camel loads the file and builds its route
 * definitions. The installer refuses a file that throws any {@link Exception} and lists the reason;
 * an {@link Error} (a stack overflow on deep nesting, an out-of-memory error on an alias bomb) or a
 * hang would reach past it, so the fuzz test lets those fail. Inputs are fuzzed text, or YAML built
 * from the DSL's own words so that the fuzzer gets past the syntax. The build fuzzes for a bounded
 * time (surefire execution "fuzz", JAZZER_FUZZ=1); otherwise the test replays the findings.
 */
class RouteFileFuzzTest {

    private static final CamelContext CAMEL = camel();
    private static final String[] KEYS = {"- route:", "route:", "id:", "from:", "uri:", "steps:", "- to:", "to:",
        "parameters:", "- setHeader:", "- setBody:", "name:", "simple:", "constant:", "jsonpath:", "expression:",
        "- choice:", "when:", "otherwise:", "- split:", "- filter:", "- log:", "message:", "errorHandler:",
        "- beans:", "- routeConfiguration:", "- rest:", "- templatedRoute:", "<<:", "- from:", "- onException:"};
    private static final String[] VALUES = {"direct:a", "mqtt:t/+/up", "timer:x?period=1", "log:x",
        "${header.a}", "${body}", "${bean:x}", "'{\"a\": ${header.b}}'", "&a [a, a, a, a]", "*a", "!!binary AA==",
        "!!java.lang.Object {}", "[", "{", "|", ">", "~", "null", "1e999999", "\"\\u0000\"", "'''", "- - - -"};

    private static CamelContext camel() {
        DefaultCamelContext camel = new DefaultCamelContext();
        camel.build();
        return camel;
    }

    /** The fuzzed path reads real route files: the documented example gives its one route. */
    @Test
    void theDocumentedExampleLoads() throws Exception {
        String example = Files.readString(Path.of("../../docs/examples/soil-moisture.camel.yaml"));
        List<String> ids = new ArrayList<>();
        for (RouteBuilder routes : load("soil-moisture.camel.yaml", example)) {
            routes.getRouteCollection().getRoutes().forEach(route -> ids.add(route.getRouteId()));
        }
        assertEquals(List.of("soil.uplink"), ids);
    }

    @FuzzTest(maxDuration = "30s")
    void routeFilesAreRefusedOrLoaded(FuzzedDataProvider data) {
        boolean xml = data.consumeInt(0, 3) == 0;
        String text = xml || data.consumeBoolean() ? data.consumeRemainingAsString() : yaml(data);
        try {
            load(xml ? "fuzz.camel.xml" : "fuzz.camel.yaml", text);
        } catch (Exception refused) {
            // the installer lists the file with the reason and deploys nothing of it
        }
    }

    /** The route builders of a file, their routes defined, as the installer has them before it adds them. */
    private static List<RouteBuilder> load(String name, String text) throws Exception {
        List<RouteBuilder> loaded = new ArrayList<>();
        for (RoutesBuilder builder : PluginHelper.getRoutesLoader(CAMEL).findRoutesBuilders(
                ResourceHelper.fromString(name, text))) {
            if (builder instanceof RouteBuilder routes) {
                routes.configureRoutes(CAMEL);
                loaded.add(routes);
            }
        }
        return loaded;
    }

    /** YAML lines of the DSL's keys and values at fuzzed indentations. */
    private static String yaml(FuzzedDataProvider data) {
        StringBuilder yaml = new StringBuilder();
        int lines = data.consumeInt(1, 40);
        for (int i = 0; i < lines; i++) {
            yaml.append(" ".repeat(data.consumeInt(0, 24))).append(data.pickValue(KEYS));
            if (data.consumeBoolean()) {
                yaml.append(' ').append(data.consumeBoolean() ? data.pickValue(VALUES) : data.consumeString(16));
            }
            yaml.append('\n');
        }
        return yaml.toString();
    }
}
