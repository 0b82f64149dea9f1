package org.stadtkern.hinweg.internal.gtfs;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/** GTFS feeds for tests, written from their files' text. */
public final class Zips {

    private Zips() {
    }

    /** A zip of the files (name to content). */
    public static InputStream of(Map<String, String> files) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            for (Map.Entry<String, String> file : files.entrySet()) {
                zip.putNextEntry(new ZipEntry(file.getKey()));
                zip.write(file.getValue().getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        }
        return new ByteArrayInputStream(bytes.toByteArray());
    }

    /**
     * A zip bomb: the file {@code name} unpacks to {@code bytes} bytes of one repeated line, packed
     * about a thousand times tighter.
     */
    public static byte[] bomb(String name, long bytes) throws IOException {
        ByteArrayOutputStream packed = new ByteArrayOutputStream();
        byte[] block = "0,0,0,0,0,0,0\n".repeat(64 * 1024).getBytes(StandardCharsets.UTF_8);
        try (ZipOutputStream zip = new ZipOutputStream(packed)) {
            zip.putNextEntry(new ZipEntry(name));
            for (long written = 0; written < bytes; written += block.length) {
                zip.write(block);
            }
            zip.closeEntry();
        }
        return packed.toByteArray();
    }
}
