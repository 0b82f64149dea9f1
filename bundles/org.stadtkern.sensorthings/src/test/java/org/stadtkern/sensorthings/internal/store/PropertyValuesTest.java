package org.stadtkern.sensorthings.internal.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.stadtkern.sensorthings.internal.model.EntityType;
import org.stadtkern.sensorthings.internal.model.Property;
import org.stadtkern.sensorthings.internal.query.QueryException;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** Numbers JSON cannot carry back (overflowing to infinity) are refused in results and JSON properties. */
class PropertyValuesTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Property RESULT = EntityType.OBSERVATION.property("result").orElseThrow();

    @Test
    void overflowingNumbersAreRefusedAnywhereInTheValue() throws Exception {
        for (String hostile : new String[] {"1e999999999", "-1e400", "{\"a\": [1, 2e308]}",
            "123456789012345678901234567890e999"}) {
            QueryException refused = assertThrows(QueryException.class,
                    () -> PropertyValues.parse(RESULT, JSON.readTree(hostile), null), hostile);
            assertTrue(refused.getMessage().contains("range of a double"), refused.getMessage());
        }
    }

    @Test
    void finiteNumbersArePassedOn() throws Exception {
        for (String fine : new String[] {"21.5", "-0.0", "1.7976931348623157e308", "12345678901234567890",
            "{\"a\": [1, 2.5, \"x\"]}", "\"text\""}) {
            JsonNode value = JSON.readTree(fine);
            assertEquals(value, PropertyValues.parse(RESULT, value, null), fine);
        }
    }
}
