package org.stadtkern.cocreation.internal.fund;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

/** Every pair of states: the legal changes as the issue lists them, every other one refused with a message. */
class StateTest {

    /** The process as the fund describes it, written out independently of {@link State#next()}. */
    private static final Map<String, Set<String>> LEGAL = Map.ofEntries(
            Map.entry("draft", Set.of("submitted", "withdrawn")),
            Map.entry("submitted", Set.of("eligibility-check", "withdrawn")),
            Map.entry("eligibility-check", Set.of("jury-review", "rejected", "withdrawn")),
            Map.entry("jury-review", Set.of("shortlisted", "rejected", "withdrawn")),
            Map.entry("shortlisted", Set.of("funder-review", "rejected", "withdrawn")),
            Map.entry("funder-review", Set.of("approved", "rejected", "withdrawn")),
            Map.entry("approved", Set.of("in-implementation")),
            Map.entry("in-implementation", Set.of("reported")),
            Map.entry("reported", Set.of("closed")),
            Map.entry("rejected", Set.of()),
            Map.entry("withdrawn", Set.of()),
            Map.entry("closed", Set.of()));

    @Test
    void everyLegalChangeIsAllowedAndEveryOtherRefused() {
        assertEquals(State.values().length, LEGAL.size());
        int legal = 0;
        for (State from : State.values()) {
            for (State to : State.values()) {
                if (LEGAL.get(from.id()).contains(to.id())) {
                    legal++;
                    assertDoesNotThrow(() -> from.check(to, "because"), from.id() + " -> " + to.id());
                } else {
                    IllegalStateException refused = assertThrows(IllegalStateException.class,
                            () -> from.check(to, "because"), from.id() + " -> " + to.id());
                    assertTrue(refused.getMessage().startsWith("A proposal in state " + from.id() + " cannot become "
                            + to.id() + "; possible: "), refused.getMessage());
                }
            }
        }
        assertEquals(19, legal);
    }

    @Test
    void aFinalStateSaysSo() {
        assertEquals("A proposal in state closed cannot become draft; possible: none, it is final.",
                assertThrows(IllegalStateException.class, () -> State.CLOSED.check(State.DRAFT, null)).getMessage());
    }

    @Test
    void rejectionAndWithdrawalNeedAReason() {
        assertEquals("A proposal becomes rejected only with a reason.", assertThrows(IllegalStateException.class,
                () -> State.JURY_REVIEW.check(State.REJECTED, " ")).getMessage());
        assertThrows(IllegalStateException.class, () -> State.DRAFT.check(State.WITHDRAWN, null));
        assertDoesNotThrow(() -> State.DRAFT.check(State.SUBMITTED, null));
    }

    @Test
    void namesRoundTripAndUnknownNamesAreEmpty() {
        for (State state : State.values()) {
            assertEquals(state, State.of(state.id()).orElseThrow());
        }
        assertTrue(State.of("JURY_REVIEW").isEmpty());
        assertTrue(State.of("approved ").isEmpty());
    }

    @Test
    void fundedAndRankedStates() {
        assertEquals(Set.of(State.APPROVED, State.IN_IMPLEMENTATION, State.REPORTED, State.CLOSED),
                Set.of(State.values()).stream().filter(State::funded).collect(java.util.stream.Collectors.toSet()));
        assertTrue(State.JURY_REVIEW.ranked());
        assertTrue(!State.ELIGIBILITY_CHECK.ranked() && !State.REJECTED.ranked() && !State.WITHDRAWN.ranked());
    }
}
