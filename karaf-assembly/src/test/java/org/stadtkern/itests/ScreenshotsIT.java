package org.stadtkern.itests;

import static org.junit.Assert.assertArrayEquals;
import static org.junit.Assert.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.Arrays;

import org.junit.Test;

/**
 * The screenshots in docs/screenshots, made of the demo city as a new user finds it after the first
 * start (first in the suite, before other tests add their data), in headless Chromium: the landing
 * page, the catalog and the live data page in a desktop window, the stop display and the co-creation
 * fund's page on a phone. Each run
 * makes them again, so the docs show the pages as they are.
 */
public class ScreenshotsIT extends StadtkernTestSupport {

    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G'};

    private static Path folder() {
        return Paths.get(System.getProperty("stadtkern.examples")).getParent().resolve("screenshots");
    }

    @Test
    public void pagesAsTheDemoCityShowsThem() throws Exception {
        // the demo's readings and buses are there: the pages show values, not "keine Daten"
        await("demo readings", 60, () -> get("/sta/v1.1/Datastreams?$filter=properties/dataset%20eq%20'environment'"
                + "&$expand=Observations($top=1)").json().findValues("result").size() >= 10);
        await("demo departures", 60, () -> getAnonymously("/api/hinweg/stops/OB-hauptbahnhof/departures")
                .json().path("departures").size() > 0);
        shoot("landing.png", "/", 1280, 900);
        shoot("catalog.png", "/catalog/index.html", 1280, 900);
        shoot("platform.png", "/platform/index.html", 1280, 900);
        shoot("stop-display.png", "/hinweg/stop.html?stop=OB-hauptbahnhof", 360, 640);
        await("the demo round's projects", 60, () -> getAnonymously("/api/cocreation/projects").json().size() >= 9);
        shoot("cocreation.png", "/cocreation/index.html", 390, 1400);
        await("the demo's remote work sites", 60, () -> getAnonymously("/api/remotework/sites").json()
                .path("sites").size() >= 3);
        shoot("remotework.png", "/remotework/index.html", 390, 1400);
    }

    private static void shoot(String name, String path, int width, int height) throws Exception {
        Path png = folder().resolve(name);
        Browser.screenshot(BASE + path, width, height, png);
        assertTrue(name + " written", Files.isRegularFile(png));
        byte[] bytes = Files.readAllBytes(png);
        assertArrayEquals(name + " is a PNG", PNG, Arrays.copyOf(bytes, 4));
        // a blank page of this size compresses to a few kB; a page with text and tables does not
        assertTrue(name + ": " + bytes.length + " bytes, the page looks empty", bytes.length > 15_000);
    }
}
