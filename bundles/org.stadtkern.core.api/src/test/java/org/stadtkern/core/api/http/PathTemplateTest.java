package org.stadtkern.core.api.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;

/** Path templates of the HTTP base: what matches, and what an attacker's path never does. */
class PathTemplateTest {

    private static final PathTemplate ITEM = PathTemplate.of("/{id}/capacity");

    @Test
    void namedSegmentsAreBound() {
        assertEquals(Optional.of(Map.of("id", "OB-bus.12:a_b")), ITEM.match("/OB-bus.12:a_b/capacity"));
        assertEquals(Optional.of(Map.of()), PathTemplate.of("").match(PathTemplate.normalise(null)));
        assertEquals(Optional.of(Map.of()), PathTemplate.of("").match(PathTemplate.normalise("/")));
        assertEquals(Optional.of(Map.of("id", "7")), PathTemplate.of("/{id}").match(PathTemplate.normalise("/7/")));
    }

    @Test
    void hostileSegmentsMatchNothing() {
        for (String path : new String[] {"/../capacity", "/./capacity", "/a/b/capacity", "//capacity",
            "/a b/capacity", "/'or'1'='1/capacity", "/%2e%2e/capacity", "/\u00e4/capacity", "/-x/capacity",
            "/" + "x".repeat(101) + "/capacity", "/x/capacity/", "/x/capacity/more", "/x/Capacity",
            "/x\u0000/capacity", "/<script>/capacity"}) {
            assertTrue(ITEM.match(path).isEmpty(), path);
        }
        assertTrue(ITEM.match("/" + "x".repeat(100) + "/capacity").isPresent());
    }

    @Test
    void literalsMustMatchExactly() {
        PathTemplate ridership = PathTemplate.of("/ridership.txt");
        assertTrue(ridership.match("/ridership.txt").isPresent());
        assertTrue(ridership.match("/ridershipXtxt").isEmpty());
        assertTrue(ridership.match("").isEmpty());
    }
}
