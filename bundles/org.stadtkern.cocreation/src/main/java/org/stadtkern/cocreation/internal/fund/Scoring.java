package org.stadtkern.cocreation.internal.fund;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * One proposal's jury result: each member's weighted mean over the scoring criteria, and the
 * aggregate, the mean over the members who scored every criterion. A member who declared a conflict of
 * interest never counts, whatever scores are stored for them; a member who has not scored every
 * criterion does not count yet.
 *
 * @param aggregate the mean of the members' totals, or {@code null} when no member counts yet
 * @param totals per counting member, the weighted mean of their scores
 * @param spread the highest minus the lowest member total (0 for fewer than two), for the discussion
 */
public record Scoring(Double aggregate, Map<String, Double> totals, double spread) {

    /**
     * Scores a proposal.
     *
     * @param criteria the call's scoring criteria (eligibility criteria are ignored)
     * @param scores per member, per criterion id, the score given
     * @param conflicted the members who declared a conflict of interest for this proposal
     */
    public static Scoring of(List<Criterion> criteria, Map<String, Map<Long, Integer>> scores, Set<String> conflicted) {
        List<Criterion> scored = criteria.stream().filter(criterion -> !criterion.eligibility()).toList();
        BigDecimal weights = scored.stream().map(Criterion::weight).reduce(BigDecimal.ZERO, BigDecimal::add);
        Map<String, Double> totals = new TreeMap<>();
        if (scored.isEmpty() || weights.signum() <= 0) {
            return new Scoring(null, totals, 0);
        }
        scores.forEach((member, given) -> {
            if (conflicted.contains(member) || !scored.stream().allMatch(c -> given.containsKey(c.id()))) {
                return;
            }
            double sum = 0;
            for (Criterion criterion : scored) {
                sum += criterion.weight().doubleValue() * given.get(criterion.id());
            }
            totals.put(member, sum / weights.doubleValue());
        });
        if (totals.isEmpty()) {
            return new Scoring(null, totals, 0);
        }
        double mean = totals.values().stream().mapToDouble(Double::doubleValue).average().orElseThrow();
        double spread = totals.values().stream().mapToDouble(Double::doubleValue).max().orElseThrow()
                - totals.values().stream().mapToDouble(Double::doubleValue).min().orElseThrow();
        return new Scoring(round(mean), Map.copyOf(totals), round(spread));
    }

    private static double round(double value) {
        return Math.round(value * 1000) / 1000.0;
    }
}
