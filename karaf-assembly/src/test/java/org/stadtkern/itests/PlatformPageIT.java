package org.stadtkern.itests;

import static org.junit.Assert.assertTrue;

import org.junit.Test;

/**
 * The platform page in a real headless Chromium (Debian package, installed by .ci/run), opened by an
 * anonymous visitor: after its scripts ran, it shows the runtime's state and the newest value of an
 * open-data Datastream just published, with its unit as people write it, and no internal data.
 */
public class PlatformPageIT extends StadtkernTestSupport {

    @Test
    public void pageShowsLiveDataInABrowser() throws Exception {
        long datastream = datastream(unique("it.page"), "Cel", "environment");
        long internal = datastream(unique("it.page-internal"), "1", "passenger-counts");
        publish(topic(datastream), "{\"result\": 42.25}");
        publish(topic(internal), "{\"result\": 17}");
        await("stored", 20, () -> observations(datastream).size() == 1 && observations(internal).size() == 1);

        String dom = Browser.render(BASE + "/platform/index.html", 1280, 800);
        assertTrue(dom, dom.contains("<span id=\"status\" class=\"status UP\">bereit</span>"));
        // the measures by their titles, not their ids
        assertTrue(dom, dom.contains("Urbane Datenplattform bereit") && !dom.contains("sensorthings UP"));
        int row = dom.indexOf("<tr data-datastream=\"" + datastream + "\">");
        assertTrue("row of " + datastream + " in " + dom, row >= 0);
        String cells = dom.substring(row, dom.indexOf("</tr>", row));
        assertTrue(cells, cells.contains("<td class=\"value\">42,25 °C</td>"));
        assertTrue("internal data is not shown to a visitor: " + dom,
                !dom.contains("<tr data-datastream=\"" + internal + "\">"));
    }
}
