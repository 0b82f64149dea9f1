package org.stadtkern.sensorthings.internal.fuzz;

import java.util.LinkedHashMap;
import java.util.Map;

import org.stadtkern.sensorthings.internal.model.EntityType;
import org.stadtkern.sensorthings.internal.query.ExpressionParser;
import org.stadtkern.sensorthings.internal.query.Query;
import org.stadtkern.sensorthings.internal.query.QueryException;
import org.stadtkern.sensorthings.internal.query.QueryParser;
import org.stadtkern.sensorthings.internal.query.ResourcePath;
import org.stadtkern.sensorthings.internal.store.FilterProbe;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;

/**
 * Coverage-guided fuzzing (Jazzer) of what a client controls in a URL: the resource path, the query
 * options and the $filter/$orderby expressions, through parsing and SQL translation. Anything but a
 * QueryException or NotFound (a 400 or 404 for the client) is a bug: a stack overflow, a runtime
 * exception, a hang. The build fuzzes for a bounded time (surefire execution "fuzz",
 * JAZZER_FUZZ=1); otherwise the test replays the findings and seeds in src/test/resources.
 */
class QueryFuzzTest {

    private static final String[] OPTIONS = {"$filter", "$orderby", "$expand", "$select", "$top", "$skip",
        "$count", "$resultFormat"};

    @FuzzTest(maxDuration = "60s")
    void clientInputIsRefusedOrUnderstood(FuzzedDataProvider data) {
        int what = data.consumeInt(0, 3);
        String text = data.consumeRemainingAsString();
        try {
            switch (what) {
                case 0 -> FilterProbe.translate(ExpressionParser.parse(text), EntityType.values()[
                        Math.floorMod(text.length(), EntityType.values().length)]);
                case 1 -> ExpressionParser.orderBy(text);
                case 2 -> ResourcePath.parse(text.startsWith("/") ? text : "/" + text);
                default -> {
                    Map<String, String> parameters = new LinkedHashMap<>();
                    parameters.put(OPTIONS[Math.floorMod(text.hashCode(), OPTIONS.length)], text);
                    Query query = QueryParser.parse(parameters);
                    if (query.filter() != null) {
                        FilterProbe.translate(query.filter(), EntityType.OBSERVATION);
                    }
                }
            }
        } catch (QueryException | ResourcePath.NotFound expected) {
            // a 400 or 404 with the message for the client
        }
    }
}
