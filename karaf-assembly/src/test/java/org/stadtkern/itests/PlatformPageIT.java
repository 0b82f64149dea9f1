package org.stadtkern.itests;

import static org.junit.Assert.assertTrue;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;
import java.util.concurrent.TimeUnit;

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

        String dom = render(BASE + "/platform/index.html");
        assertTrue(dom, dom.contains("<span id=\"status\" class=\"status UP\">UP</span>"));
        int row = dom.indexOf("<tr data-datastream=\"" + datastream + "\">");
        assertTrue("row of " + datastream + " in " + dom, row >= 0);
        String cells = dom.substring(row, dom.indexOf("</tr>", row));
        assertTrue(cells, cells.contains("<td class=\"value\">42,25 dB</td>"));
    }

    /** The DOM after the page's scripts ran, as Chromium renders it. */
    private static String render(String url) throws Exception {
        File profile = Files.createTempDirectory("chromium").toFile();
        File out = File.createTempFile("dom", ".html");
        Process chromium = new ProcessBuilder(List.of(chromium(), "--headless", "--no-sandbox", "--disable-gpu",
                "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--user-data-dir=" + profile, "--virtual-time-budget=8000", "--dump-dom", url))
                .redirectError(ProcessBuilder.Redirect.DISCARD).redirectOutput(out).start();
        assertTrue("Chromium finished", chromium.waitFor(60, TimeUnit.SECONDS));
        return Files.readString(out.toPath(), StandardCharsets.UTF_8);
    }

    private static String chromium() {
        for (String candidate : List.of("/usr/bin/chromium", "/usr/bin/chromium-browser")) {
            if (new File(candidate).canExecute()) {
                return candidate;
            }
        }
        throw new AssertionError("Chromium not installed: run .ci/run or apt-get install chromium");
    }
}
