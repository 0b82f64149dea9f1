package org.stadtkern.itests;

import static org.junit.Assert.assertTrue;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** A real headless Chromium (Debian package, installed by .ci/run) that renders a page as a visitor sees it. */
final class Browser {

    private Browser() {
    }

    /** The DOM after the page's scripts ran, rendered in a window of the given size. */
    static String render(String url, int width, int height) throws Exception {
        File profile = Files.createTempDirectory("chromium").toFile();
        File out = File.createTempFile("dom", ".html");
        List<String> command = new ArrayList<>(List.of(chromium(), "--headless", "--no-sandbox", "--disable-gpu",
                "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--user-data-dir=" + profile, "--window-size=" + width + "," + height,
                "--virtual-time-budget=8000", "--dump-dom", url));
        Process chromium = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD)
                .redirectOutput(out).start();
        assertTrue("Chromium finished", chromium.waitFor(60, TimeUnit.SECONDS));
        return Files.readString(out.toPath(), StandardCharsets.UTF_8);
    }

    /** A PNG of the page as a visitor sees it after its scripts ran, in a window of the given size. */
    static void screenshot(String url, int width, int height, java.nio.file.Path png) throws Exception {
        File profile = Files.createTempDirectory("chromium").toFile();
        Files.createDirectories(png.getParent());
        Files.deleteIfExists(png);
        List<String> command = new ArrayList<>(List.of(chromium(), "--headless", "--no-sandbox", "--disable-gpu",
                "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--hide-scrollbars", "--lang=de-DE", "--user-data-dir=" + profile,
                "--window-size=" + width + "," + height, "--virtual-time-budget=8000",
                "--screenshot=" + png.toAbsolutePath(), url));
        Process chromium = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        assertTrue("Chromium finished", chromium.waitFor(60, TimeUnit.SECONDS));
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
