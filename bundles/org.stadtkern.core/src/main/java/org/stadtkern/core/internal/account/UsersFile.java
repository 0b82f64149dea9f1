package org.stadtkern.core.internal.account;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Objects;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The realm's users file ({@code etc/users.properties}) as Karaf keeps it. With password hashing on,
 * Karaf's watcher of the file hashes every plain password it finds by writing the whole file again,
 * from what it read, without a lock; a write of ours at the same time is lost or cut (a role split off
 * into a user of its own). The watcher writes only while a plain password is there, so a write waits
 * until every password is hashed and the file has been quiet since.
 */
final class UsersFile {

    private static final Logger LOG = LoggerFactory.getLogger(UsersFile.class);
    private static final long QUIET_MILLIS = 300;
    private static final long POLL_MILLIS = 50;

    private final Path path;
    private final String prefix;
    private final String suffix;

    /** The file; {@code prefix} and {@code suffix} mark a hashed password ({@code null}: hashing off). */
    UsersFile(Path path, String prefix, String suffix) {
        this.path = path;
        this.prefix = prefix;
        this.suffix = suffix;
    }

    /** The distribution's file, {@code etc/users.properties}. */
    static Path inEtc() {
        return Path.of(System.getProperty("karaf.etc", "etc"), "users.properties");
    }

    /**
     * Waits until no password in the file is plain (Karaf's watcher has hashed them) and, if it had to
     * wait, until the file has not changed for a moment; at most {@code timeoutMillis}.
     */
    void awaitHashed(long timeoutMillis) throws InterruptedException {
        if (prefix == null) {
            return;
        }
        long end = System.currentTimeMillis() + timeoutMillis;
        boolean waited = false;
        while (!allHashed()) {
            if (System.currentTimeMillis() > end) {
                LOG.warn("{} still holds plain passwords; writing anyway", path);
                return;
            }
            waited = true;
            Thread.sleep(POLL_MILLIS);
        }
        if (waited) {
            awaitQuiet(end);
        }
    }

    private void awaitQuiet(long end) throws InterruptedException {
        FileTime last = modified();
        long quietSince = System.currentTimeMillis();
        while (System.currentTimeMillis() - quietSince < QUIET_MILLIS && System.currentTimeMillis() < end) {
            Thread.sleep(POLL_MILLIS);
            FileTime now = modified();
            if (!Objects.equals(now, last)) {
                last = now;
                quietSince = System.currentTimeMillis();
            }
        }
    }

    /** Whether every user's password is marked as hashed (groups have none). */
    boolean allHashed() {
        List<String> lines;
        try {
            lines = Files.readAllLines(path);
        } catch (IOException e) {
            return true;
        }
        for (String line : lines) {
            String trimmed = line.trim();
            int equals = trimmed.indexOf('=');
            if (trimmed.isEmpty() || trimmed.startsWith("#") || trimmed.startsWith("_g_") || equals < 0) {
                continue;
            }
            String password = trimmed.substring(equals + 1).split(",", 2)[0].trim();
            if (!(password.startsWith(prefix) && password.endsWith(suffix) && password.length() > prefix.length())) {
                return false;
            }
        }
        return true;
    }

    private FileTime modified() {
        try {
            return Files.getLastModifiedTime(path);
        } catch (IOException e) {
            return null;
        }
    }

    /** Makes the file readable by the runtime's user only. */
    void protect() {
        try {
            Files.setPosixFilePermissions(path, PosixFilePermissions.fromString("rw-------"));
        } catch (UnsupportedOperationException | IOException e) {
            LOG.warn("Could not make {} readable by the runtime's user only: {}", path, e.toString());
        }
    }
}
