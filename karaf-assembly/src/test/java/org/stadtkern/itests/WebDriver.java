package org.stadtkern.itests;

import static org.junit.Assert.assertTrue;

import java.io.File;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * A headless Chromium driven like a person through W3C WebDriver: Debian's chromium-driver
 * ({@code chromedriver}, installed by .ci/run) started on a free port, spoken to over HTTP. Selenium's
 * client is not used because the tests run inside the OSGi container, where it does not resolve; the
 * protocol is the W3C standard, and only the commands a person's actions need are here: open a page,
 * press keys (Tab, arrows, Space, Enter, text) on whatever has the focus, read the page.
 */
final class WebDriver implements AutoCloseable {

    /** Keys as WebDriver names them (W3C WebDriver, "Keyboard actions"). */
    static final String TAB = "\uE004";
    static final String ENTER = "\uE007";
    static final String SPACE = "\uE00D";
    static final String ARROW_DOWN = "\uE015";

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private final Process driver;
    private final String base;
    private final String session;

    /** A browser window of the given size in CSS pixels, such as 390 x 844 for a phone. */
    WebDriver(int width, int height) throws Exception {
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        driver = new ProcessBuilder(executable("/usr/bin/chromedriver"), "--port=" + port)
                .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        base = "http://127.0.0.1:" + port;
        JsonNode created = null;
        for (int attempt = 0; attempt < 50 && created == null; attempt++) {
            try {
                created = call("POST", base + "/session", Map.of("capabilities", Map.of("alwaysMatch", Map.of(
                        "browserName", "chrome", "goog:chromeOptions", Map.of("binary", executable("/usr/bin/chromium"),
                                "args", List.of("--headless=new", "--no-sandbox", "--disable-gpu", "--lang=de-DE",
                                        "--window-size=" + width + "," + height))))));
            } catch (IOException e) {
                Thread.sleep(200);
            }
        }
        assertTrue("chromedriver answered", created != null);
        session = base + "/session/" + created.path("value").path("sessionId").asText();
    }

    /** Opens a page as typed into the address bar. */
    void open(String url) throws Exception {
        call("POST", session + "/url", Map.of("url", url));
    }

    /** Presses and releases the keys one after the other on what has the focus, as typing does. */
    void press(String keys) throws Exception {
        List<Map<String, String>> actions = new java.util.ArrayList<>();
        keys.codePoints().forEach(code -> {
            String key = new String(Character.toChars(code));
            actions.add(Map.of("type", "keyDown", "value", key));
            actions.add(Map.of("type", "keyUp", "value", key));
        });
        call("POST", session + "/actions", Map.of("actions", List.of(Map.of("type", "key", "id", "keyboard",
                "actions", actions))));
    }

    /** Presses Tab until the element with this id has the focus (at most 80 times, as a person would give up). */
    void tabTo(String id) throws Exception {
        for (int i = 0; i < 80; i++) {
            if (id.equals(script("return document.activeElement ? document.activeElement.id : ''").asText())) {
                return;
            }
            press(TAB);
        }
        throw new AssertionError("Tab never reached #" + id + "; the focus is on "
                + script("return document.activeElement.outerHTML.slice(0, 200)").asText());
    }

    /** The result of a script run in the page, to read what a person sees (not to act). */
    JsonNode script(String script) throws Exception {
        return call("POST", session + "/execute/sync", Map.of("script", script, "args", List.of())).path("value");
    }

    /** Waits until the script returns true. */
    void await(String what, String script) throws Exception {
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(15);
        while (System.nanoTime() < end) {
            if (script(script).asBoolean()) {
                return;
            }
            Thread.sleep(200);
        }
        throw new AssertionError("not seen in the browser: " + what);
    }

    @Override
    public void close() {
        try {
            call("DELETE", session, null);
        } catch (Exception e) {
            // the process goes anyway
        }
        driver.destroy();
    }

    private static JsonNode call(String method, String url, Object body) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(60))
                .header("Content-Type", "application/json");
        request.method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body), StandardCharsets.UTF_8));
        HttpResponse<String> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
        JsonNode answer = JSON.readTree(response.body());
        if (response.statusCode() != 200) {
            throw new AssertionError("WebDriver " + method + " " + url + ": " + response.body());
        }
        return answer;
    }

    private static String executable(String path) {
        if (!new File(path).canExecute()) {
            throw new AssertionError(path + " not installed: run .ci/run or apt-get install chromium chromium-driver");
        }
        return path;
    }
}
