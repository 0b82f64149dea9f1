package org.stadtkern.core.internal.health;

import java.nio.channels.OverlappingFileLockException;
import java.util.ArrayDeque;
import java.util.Collections;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.Set;

/**
 * Whether a database failure means that this runtime itself holds the database file's lock: H2 (2.3)
 * can leak an open, locked file channel when it opens the database on a full disk (h2database#1212,
 * #1438, #3421); every later open then fails with "The file is locked", caused by an
 * {@link OverlappingFileLockException}, which the JVM throws only when the lock is held in the same
 * process. Nothing but a restart of the runtime frees it (another process holding the file fails
 * without that exception, and a restart would not help there).
 */
final class SelfLock {

    private SelfLock() {
    }

    static boolean heldByThisRuntime(Throwable failure) {
        Set<Throwable> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        Deque<Throwable> open = new ArrayDeque<>();
        open.push(failure);
        while (!open.isEmpty()) {
            Throwable next = open.pop();
            if (!seen.add(next)) {
                continue;
            }
            if (next instanceof OverlappingFileLockException) {
                return true;
            }
            if (next.getCause() != null) {
                open.push(next.getCause());
            }
            for (Throwable suppressed : next.getSuppressed()) {
                open.push(suppressed);
            }
        }
        return false;
    }
}
