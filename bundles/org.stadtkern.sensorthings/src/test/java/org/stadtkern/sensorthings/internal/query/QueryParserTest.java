package org.stadtkern.sensorthings.internal.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

/** The system query options of SensorThings 1.1 (section 9.3). */
class QueryParserTest {

    private static Query parse(String... pairs) throws QueryException {
        Map<String, String> parameters = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            parameters.put(pairs[i], pairs[i + 1]);
        }
        return QueryParser.parse(parameters);
    }

    @Test
    void topSkipCountSelect() throws QueryException {
        Query query = parse("$top", "5", "$skip", "10", "$count", "true", "$select", "name, description");
        assertEquals(5, query.top());
        assertEquals(10, query.skip());
        assertTrue(query.count());
        assertEquals(List.of("name", "description"), query.select());
    }

    @Test
    void nestedExpandOptionsSeparatedBySemicolons() throws QueryException {
        Query query = parse("$expand", "Datastreams($select=name;$expand=Observations($top=1;"
                + "$orderby=phenomenonTime desc;$filter=result gt 1)),Locations");
        assertEquals(2, query.expand().size());
        Query.Expand datastreams = query.expand().get(0);
        assertEquals(List.of("Datastreams"), datastreams.path());
        assertEquals(List.of("name"), datastreams.options().select());
        Query observations = datastreams.options().expand().get(0).options();
        assertEquals(1, observations.top());
        assertTrue(observations.orderBy().get(0).descending());
        assertEquals(List.of("Locations"), query.expand().get(1).path());
    }

    @Test
    void expandPathsWithSlashes() throws QueryException {
        assertEquals(List.of("Datastreams", "Sensor"), parse("$expand", "Datastreams/Sensor").expand().get(0).path());
    }

    @Test
    void hugeTopIsAcceptedAndCappedLater() throws QueryException {
        assertEquals(Integer.MAX_VALUE, parse("$top", "99999999999999").top());
    }

    @Test
    void badOptionsAreRefused() {
        List<String[]> bad = List.of(new String[] {"$top", "-1"}, new String[] {"$top", "ten"},
                new String[] {"$skip", "1e3"}, new String[] {"$count", "yes"}, new String[] {"$unknown", "1"},
                new String[] {"$select", "name;drop"}, new String[] {"$expand", "Datastreams($top=1"},
                new String[] {"$expand", "Datastreams)"}, new String[] {"$expand", "Datastreams($top)"},
                new String[] {"$expand", "Data streams"}, new String[] {"$resultFormat", "csv"},
                new String[] {"$expand", "Datastreams($top=1;$top=2)"},
                new String[] {"$expand", "Things(".repeat(100) + ")".repeat(100)});
        for (String[] option : bad) {
            assertThrows(QueryException.class, () -> parse(option), String.join("=", option));
        }
    }

    @Test
    void parametersWithoutDollarAreIgnored() throws QueryException {
        assertEquals(Query.NONE, parse("utm_source", "newsletter"));
    }
}
