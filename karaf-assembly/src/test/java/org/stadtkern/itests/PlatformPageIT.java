package org.stadtkern.itests;

import static org.junit.Assert.assertTrue;

import org.junit.Test;

/**
 * The platform page in a real headless Chromium (Debian package, installed by .ci/run): after its
 * scripts ran, it shows the runtime's state and the newest value of a datastream just published.
 */
public class PlatformPageIT extends StadtkernTestSupport {

    @Test
    public void pageShowsLiveDataInABrowser() throws Exception {
        String datastream = unique("it.page");
        publish(TOPIC_ROOT + datastream, "{\"result\": 42.25, \"parameters\": {\"unit\": \"dB\"}}");
        await("stored", 20, () -> observations(datastream).size() == 1);

        String dom = Browser.render(BASE + "/platform/index.html", 1280, 800);
        assertTrue(dom, dom.contains("<span id=\"status\" class=\"status UP\">UP</span>"));
        int row = dom.indexOf("<tr data-datastream=\"" + datastream + "\">");
        assertTrue("row of " + datastream + " in " + dom, row >= 0);
        String cells = dom.substring(row, dom.indexOf("</tr>", row));
        assertTrue(cells, cells.contains("<td class=\"value\">42,25 dB</td>"));
    }
}
