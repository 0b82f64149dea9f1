package org.stadtkern.core.internal.account;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.LongSupplier;

/**
 * Failed logins per user name: after {@code limit} failures within {@code windowMillis} the user is
 * locked for {@code windowMillis}, whatever the password. Counted in memory for at most
 * {@value #USERS} names (an attacker who tries many names evicts the oldest, never grows the heap).
 */
public final class FailedLogins {

    static final int USERS = 10_000;

    private final int limit;
    private final long windowMillis;
    private final LongSupplier clock;
    private final Map<String, Failures> byUser = new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Failures> eldest) {
            return size() > USERS;
        }
    };

    private static final class Failures {
        private int count;
        private long since;
        private long lockedUntil;
    }

    public FailedLogins(int limit, long windowMillis, LongSupplier clock) {
        this.limit = limit;
        this.windowMillis = windowMillis;
        this.clock = clock;
    }

    /** Whether the user may not log in now. */
    public synchronized boolean locked(String user) {
        Failures failures = byUser.get(user);
        return failures != null && failures.lockedUntil > clock.getAsLong();
    }

    /** Counts a failed login; true when this one locks the user. */
    public synchronized boolean failed(String user) {
        long now = clock.getAsLong();
        Failures failures = byUser.computeIfAbsent(user, u -> new Failures());
        if (failures.lockedUntil > now) {
            return false;
        }
        if (failures.count == 0 || now - failures.since > windowMillis) {
            failures.count = 0;
            failures.since = now;
        }
        failures.count++;
        if (failures.count >= limit) {
            failures.count = 0;
            failures.lockedUntil = now + windowMillis;
            return true;
        }
        return false;
    }

    /** A successful login forgets the user's failures. */
    public synchronized void succeeded(String user) {
        byUser.remove(user);
    }
}
