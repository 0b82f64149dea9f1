package org.stadtkern.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.junit.Test;

/**
 * A GTFS zip bomb uploaded by an operator, with a length and streamed without one: refused with 413
 * and a problem body that names the reason (no stack trace, no exception name), after a few MB of
 * unpacking; the network is unchanged and the runtime stays healthy. Prints the time to refuse and
 * the heap before and after.
 */
public class GtfsUploadIT extends StadtkernTestSupport {

    private static final String GTFS = "/api/hinweg/gtfs";

    @Test
    public void aZipBombIsRefusedWithoutTakingTheRuntimeDown() throws Exception {
        // 0.25 GB of stop_times.txt packed into some hundred kB (a real bomb may hold terabytes)
        byte[] bomb = bomb(256L * 1024 * 1024);
        String networkBefore = network();
        long heapBefore = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();

        long started = System.nanoTime();
        Response sized = http("POST", GTFS, "application/zip", bomb, DEFAULT_USER);
        long sizedMillis = (System.nanoTime() - started) / 1_000_000;
        assertRefused(sized.status(), sized.contentType(), sized.body());

        started = System.nanoTime();
        HttpResponse<String> streamed = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(BASE + GTFS))
                .header("Content-Type", "application/zip")
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString((DEFAULT_USER + ":"
                        + DEFAULT_USER).getBytes(StandardCharsets.UTF_8)))
                .timeout(Duration.ofSeconds(30))
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(bomb))).build(),
                HttpResponse.BodyHandlers.ofString());
        long streamedMillis = (System.nanoTime() - started) / 1_000_000;
        assertRefused(streamed.statusCode(), streamed.headers().firstValue("Content-Type").orElse(""),
                streamed.body());

        long heapAfter = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
        System.out.printf("zip bomb of %d bytes refused in %d ms (with length), %d ms (streamed); heap used "
                + "%d MB before, %d MB after; resident %d MB%n", bomb.length, sizedMillis, streamedMillis,
                heapBefore >> 20, heapAfter >> 20, residentMB());
        assertEquals("the network is unchanged", networkBefore, network());
        assertEquals(200, get("/health").status());
    }

    /** The imported network's size as hinweg:status shows it. */
    private String network() throws Exception {
        return console("hinweg:status").lines().filter(line -> line.toLowerCase().contains("stops"))
                .findFirst().orElseThrow();
    }

    private static void assertRefused(int status, String contentType, String body) {
        assertEquals(body, 413, status);
        assertTrue(contentType, contentType.startsWith("application/problem+json"));
        assertTrue(body, body.contains("zip bomb"));
        assertFalse(body, body.contains("Exception") || body.contains("at org."));
    }

    private static byte[] bomb(long bytes) throws IOException {
        ByteArrayOutputStream packed = new ByteArrayOutputStream();
        byte[] block = "T1,06:00:00,06:00:00,S1,1\n".repeat(40_000).getBytes(StandardCharsets.UTF_8);
        try (ZipOutputStream zip = new ZipOutputStream(packed)) {
            zip.putNextEntry(new ZipEntry("stop_times.txt"));
            for (long written = 0; written < bytes; written += block.length) {
                zip.write(block);
            }
            zip.closeEntry();
        }
        return packed.toByteArray();
    }
}
