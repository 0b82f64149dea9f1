package org.stadtkern.cocreation.internal.fund;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

/** The aggregate is the weighted mean over members who scored everything; a conflicted member never counts. */
class ScoringTest {

    private static final List<Criterion> CRITERIA = List.of(
            new Criterion(1, true, "Located in the city", null),
            new Criterion(2, false, "Benefit for the city", new BigDecimal("3")),
            new Criterion(3, false, "Feasibility", new BigDecimal("1")));

    @Test
    void weightedMeanPerMemberThenMeanOverMembers() {
        Scoring scoring = Scoring.of(CRITERIA, Map.of(
                "anna", Map.of(2L, 8, 3L, 4),
                "ben", Map.of(2L, 6, 3L, 10)), Set.of());
        assertEquals(7.0, scoring.totals().get("anna"));
        assertEquals(7.0, scoring.totals().get("ben"));
        assertEquals(7.0, scoring.aggregate());
        assertEquals(0.0, scoring.spread());
    }

    @Test
    void aConflictedMembersScoresNeverCountEvenWhenStored() {
        Map<String, Map<Long, Integer>> given = Map.of(
                "anna", Map.of(2L, 9, 3L, 9),
                "ben", Map.of(2L, 1, 3L, 1),
                "cem", Map.of(2L, 5, 3L, 1));
        Scoring scoring = Scoring.of(CRITERIA, given, Set.of("ben"));
        assertEquals(Set.of("anna", "cem"), scoring.totals().keySet());
        assertEquals(6.5, scoring.aggregate());
        assertEquals(5.0, scoring.spread());
    }

    @Test
    void aMemberWhoHasNotScoredEveryCriterionDoesNotCountYet() {
        Scoring scoring = Scoring.of(CRITERIA, Map.of("anna", Map.of(2L, 9), "ben", Map.of(2L, 3, 3L, 4)), Set.of());
        assertEquals(Set.of("ben"), scoring.totals().keySet());
        assertEquals(3.25, scoring.aggregate());
    }

    @Test
    void nobodyCountingMeansNoAggregate() {
        assertNull(Scoring.of(CRITERIA, Map.of("anna", Map.of(2L, 9, 3L, 9)), Set.of("anna")).aggregate());
        assertNull(Scoring.of(CRITERIA, Map.of(), Set.of()).aggregate());
    }

    @Test
    void resultsAreRoundedToThreeDecimals() {
        Scoring scoring = Scoring.of(CRITERIA, Map.of("anna", Map.of(2L, 1, 3L, 0), "ben", Map.of(2L, 0, 3L, 1),
                "cem", Map.of(2L, 0, 3L, 0)), Set.of());
        assertEquals(0.75, scoring.totals().get("anna"));
        assertEquals(0.25, scoring.totals().get("ben"));
        assertEquals(0.333, scoring.aggregate());
        assertEquals(0.75, scoring.spread());
    }
}
