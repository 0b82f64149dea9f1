package org.stadtkern.cocreation.internal.fund;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;

/** Ranks with ties, and a recommendation that fills the fund without exceeding it or a cap. */
class RankingTest {

    private static final BigDecimal CAP = new BigDecimal("50000");

    @Test
    void equalAggregatesShareARankAndTheSmallerRequestGoesFirst() {
        Ranking ranking = Ranking.of(List.of(c(1, 40000, 8.0), c(2, 30000, 7.5), c(3, 20000, 7.5), c(4, 10000, 6.0)),
                new BigDecimal("1000000"), CAP);
        assertEquals(List.of(1L, 3L, 2L, 4L), ids(ranking));
        assertEquals(Arrays.asList(1, 2, 2, 4), ranking.places().stream().map(Ranking.Place::rank).toList());
    }

    @Test
    void unscoredProposalsComeLastWithoutRank() {
        Ranking ranking = Ranking.of(List.of(c(1, 1000, null), c(2, 1000, 2.0)), new BigDecimal("5000"), CAP);
        assertEquals(List.of(2L, 1L), ids(ranking));
        assertNull(ranking.places().get(1).rank());
        assertFalse(ranking.places().get(1).recommended());
        assertNull(ranking.places().get(1).lacking());
    }

    @Test
    void aProposalThatFitsExactlyIsTakenAndNothingIsLeft() {
        Ranking ranking = Ranking.of(List.of(c(1, 60000.5, 9.0), c(2, 39999.5, 8.0)), new BigDecimal("100000"),
                new BigDecimal("60000.50"));
        assertTrue(ranking.places().stream().allMatch(Ranking.Place::recommended));
        assertAmount("0.00", ranking.remaining());
        assertAmount("100000.00", ranking.recommended());
    }

    @Test
    void aNearMissShowsWhatItLacksAndALowerRankThatFitsIsStillTaken() {
        Ranking ranking = Ranking.of(List.of(c(1, 50000, 9.0), c(2, 45000, 8.0), c(3, 20000, 7.0)),
                new BigDecimal("80000"), CAP);
        Ranking.Place miss = ranking.places().get(1);
        assertEquals(2L, miss.candidate().proposal());
        assertFalse(miss.recommended());
        assertAmount("15000", miss.lacking());
        assertTrue(ranking.places().get(2).recommended());
        assertAmount("10000", ranking.remaining());
    }

    @Test
    void aProposalAboveTheCapIsNeverRecommendedWhateverItsScore() {
        Ranking ranking = Ranking.of(List.of(c(1, 50000.01, 10.0), c(2, 50000, 1.0)), new BigDecimal("1000000"), CAP);
        Ranking.Place over = ranking.places().get(0);
        assertEquals(1, over.rank());
        assertFalse(over.recommended());
        assertAmount("0.01", over.lacking());
        assertTrue(ranking.places().get(1).recommended());
    }

    @Test
    void anEmptyFundRecommendsNothing() {
        Ranking ranking = Ranking.of(List.of(c(1, 1, 5.0)), BigDecimal.ZERO, CAP);
        assertFalse(ranking.places().get(0).recommended());
        assertAmount("1", ranking.places().get(0).lacking());
        assertEquals(0, ranking.recommended().signum());
    }

    private static Candidate c(long id, double requested, Double aggregate) {
        return new Candidate(id, "Proposal " + id, BigDecimal.valueOf(requested), aggregate);
    }

    private static void assertAmount(String expected, BigDecimal actual) {
        assertEquals(0, new BigDecimal(expected).compareTo(actual), expected + " != " + actual);
    }

    private static List<Long> ids(Ranking ranking) {
        return ranking.places().stream().map(place -> place.candidate().proposal()).toList();
    }
}
