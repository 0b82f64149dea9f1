package org.stadtkern.core.internal.account;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Test;

class FailedLoginsTest {

    private final AtomicLong now = new AtomicLong(1_000_000);
    private final FailedLogins logins = new FailedLogins(3, 60_000, now::get);

    @Test
    void locksAfterTheLimitWithinTheWindowAndForTheWindow() {
        assertFalse(logins.failed("anna"));
        assertFalse(logins.failed("anna"));
        assertFalse(logins.locked("anna"));
        assertTrue(logins.failed("anna"), "the third failure locks");
        assertTrue(logins.locked("anna"));
        assertFalse(logins.locked("bert"), "others are not affected");
        now.addAndGet(59_999);
        assertTrue(logins.locked("anna"));
        assertFalse(logins.failed("anna"), "failures while locked neither count nor extend the lock");
        now.addAndGet(1);
        assertFalse(logins.locked("anna"));
    }

    @Test
    void failuresOutsideTheWindowStartAgain() {
        logins.failed("anna");
        logins.failed("anna");
        now.addAndGet(60_001);
        assertFalse(logins.failed("anna"));
        assertFalse(logins.failed("anna"));
        assertFalse(logins.locked("anna"));
    }

    @Test
    void aSuccessForgetsTheFailures() {
        logins.failed("anna");
        logins.failed("anna");
        logins.succeeded("anna");
        assertFalse(logins.failed("anna"));
        assertFalse(logins.failed("anna"));
        assertFalse(logins.locked("anna"));
    }

    @Test
    void manyNamesDoNotGrowWithoutBound() {
        logins.failed("guess-0");
        logins.failed("guess-0");
        for (int i = 1; i < FailedLogins.USERS * 3; i++) {
            logins.failed("guess-" + i);
        }
        logins.failed("anna");
        logins.failed("anna");
        assertTrue(logins.failed("anna"), "the newest names are kept");
        assertFalse(logins.failed("guess-0"), "the oldest were evicted: a third failure does not lock");
    }
}
