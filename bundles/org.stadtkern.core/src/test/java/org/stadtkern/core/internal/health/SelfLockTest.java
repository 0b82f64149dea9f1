package org.stadtkern.core.internal.health;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.SQLException;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SelfLockTest {

    @TempDir
    Path folder;

    /** The JVM's own answer when a file's lock is taken twice in one process, as H2's leaked channel does. */
    private OverlappingFileLockException lockedTwice() throws IOException {
        Path file = folder.resolve("stadtkern.mv.db");
        Files.writeString(file, "x");
        try (FileChannel first = FileChannel.open(file, StandardOpenOption.WRITE);
                FileLock held = first.lock();
                FileChannel second = FileChannel.open(file, StandardOpenOption.WRITE)) {
            second.tryLock();
            throw new AssertionError("the JVM granted a lock it holds already");
        } catch (OverlappingFileLockException e) {
            return e;
        }
    }

    @Test
    void aLockThisProcessHoldsItselfIsFound() throws IOException {
        // as Hikari reports it: SQLException <- H2's "Database may be already in use" <- "The file is locked"
        SQLException failure = new SQLException("Database may be already in use [90020-232]",
                new IllegalStateException("The file is locked: stadtkern.mv.db [2.3.232/7]", lockedTwice()));
        assertTrue(SelfLock.heldByThisRuntime(failure));
        SQLException suppressed = new SQLException("Connection is not available");
        suppressed.addSuppressed(new IllegalStateException(lockedTwice()));
        assertTrue(SelfLock.heldByThisRuntime(suppressed));
    }

    @Test
    void otherFailuresAreNot() {
        assertFalse(SelfLock.heldByThisRuntime(new SQLException("Database may be already in use [90020-232]",
                new IllegalStateException("The file is locked: stadtkern.mv.db (another process)"))));
        assertFalse(SelfLock.heldByThisRuntime(new SQLException("No space left on device")));
        SQLException loop = new SQLException("a");
        SQLException other = new SQLException("b", loop);
        loop.initCause(other);
        assertFalse(SelfLock.heldByThisRuntime(loop), "a cycle of causes ends");
    }
}
