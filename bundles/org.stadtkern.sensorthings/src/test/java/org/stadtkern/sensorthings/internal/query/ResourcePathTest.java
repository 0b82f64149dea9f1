package org.stadtkern.sensorthings.internal.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.stadtkern.sensorthings.internal.model.EntityType;
import org.stadtkern.sensorthings.internal.query.ResourcePath.NotFound;

/** Resource paths of SensorThings 1.1 (section 9.2). */
class ResourcePathTest {

    @Test
    void collectionsEntitiesAndNavigation() throws Exception {
        ResourcePath things = ResourcePath.parse("/Things");
        assertEquals(EntityType.THING, things.type());
        assertFalse(things.single());
        ResourcePath thing = ResourcePath.parse("/Things(7)");
        assertTrue(thing.single());
        assertEquals(7L, thing.steps().get(0).id());
        ResourcePath datastreams = ResourcePath.parse("/Things(7)/Datastreams");
        assertEquals(EntityType.DATASTREAM, datastreams.type());
        assertFalse(datastreams.single());
        assertTrue(ResourcePath.parse("/Datastreams(1)/Thing").single());
        assertTrue(ResourcePath.parse("/Things(7)/Datastreams(3)").single());
    }

    @Test
    void propertiesValuesAndReferences() throws Exception {
        ResourcePath name = ResourcePath.parse("/Datastreams(1)/name");
        assertEquals("name", name.property().name());
        assertFalse(name.value());
        assertTrue(ResourcePath.parse("/Datastreams(1)/name/$value").value());
        assertTrue(ResourcePath.parse("/Things(1)/Locations/$ref").ref());
        assertTrue(ResourcePath.parse("/Datastreams(1)/Thing/$ref").ref());
    }

    @Test
    void pathsToNothingAreNotFound() {
        for (String path : List.of("", "/", "/Thingies", "/Things(abc)", "/Things('1')", "/Things(1)/Sensors",
                "/Things/Datastreams", "/Things(1)/name/name", "/Things(1)/name/$value/x", "/Datastreams(1)/Thing(2)",
                "/Things(1)/../Sensors", "/Things(1)/Datastreams(2)/Observations(3)/x/y", "/Things;drop",
                "/Things(1)" + "/Datastreams(1)/Thing(1)".repeat(20))) {
            assertThrows(NotFound.class, () -> ResourcePath.parse(path), path);
        }
    }
}
