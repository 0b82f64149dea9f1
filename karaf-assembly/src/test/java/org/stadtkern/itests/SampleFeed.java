package org.stadtkern.itests;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

/**
 * The GTFS reference sample feed in ../shared/data, as it is (its services ran 2007 to 2010) or
 * running today: calendar.txt valid to 2099, calendar_dates.txt left out; built in memory.
 */
final class SampleFeed {

    /** The feed's agency_timezone: Hin &amp; Weg reads its times of day and service days in it. */
    static final java.time.ZoneId ZONE = java.time.ZoneId.of("America/Los_Angeles");

    private SampleFeed() {
    }

    /** The feed as shipped. */
    static Path original() {
        return Paths.get(System.getProperty("stadtkern.shared"), "data/gtfs-sample-feed-1.zip");
    }

    /** The feed with its services running every day until 2099. */
    static byte[] runningNow() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(Files.readAllBytes(original())));
                ZipOutputStream out = new ZipOutputStream(bytes)) {
            ZipEntry entry;
            while ((entry = in.getNextEntry()) != null) {
                if (entry.getName().equals("calendar_dates.txt")) {
                    continue;
                }
                byte[] content = in.readAllBytes();
                if (entry.getName().equals("calendar.txt")) {
                    content = new String(content, StandardCharsets.UTF_8).replace("20101231", "20991231")
                            .getBytes(StandardCharsets.UTF_8);
                }
                out.putNextEntry(new ZipEntry(entry.getName()));
                out.write(content);
                out.closeEntry();
            }
        }
        return bytes.toByteArray();
    }

    /** {@link #runningNow()} as a file, for the console. */
    static Path runningNowFile() throws IOException {
        Path file = Files.createTempFile("gtfs-sample-running-now", ".zip");
        Files.write(file, runningNow());
        file.toFile().deleteOnExit();
        return file;
    }
}
