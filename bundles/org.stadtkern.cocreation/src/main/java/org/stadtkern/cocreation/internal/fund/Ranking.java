package org.stadtkern.cocreation.internal.fund;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * The jury's ranking and the selection it recommends within the fund. Proposals are ordered by
 * aggregate, highest first; equal aggregates share a rank (1, 2, 2, 4) and are ordered by the smaller
 * request, then by the earlier proposal; proposals not yet scored come last, unranked. The
 * recommendation takes proposals in that order while they fit what is left of the fund; a proposal that
 * does not fit is shown as a near miss with the amount it lacks, and lower ranks that fit are still
 * taken. A proposal above the cap per project is never recommended.
 *
 * @param places every candidate with its rank and whether it is recommended
 * @param recommended the sum recommended
 * @param remaining what is left of the fund after the recommendation
 */
public record Ranking(List<Place> places, BigDecimal recommended, BigDecimal remaining) {

    /**
     * A candidate's place.
     *
     * @param rank 1 for the best; {@code null} when not scored yet
     * @param candidate the proposal
     * @param recommended whether the recommendation funds it
     * @param lacking for a scored proposal that is not recommended, what the fund lacks for it (the
     *        request above the cap for one over the cap); {@code null} otherwise
     */
    public record Place(Integer rank, Candidate candidate, boolean recommended, BigDecimal lacking) {
    }

    private static final Comparator<Candidate> ORDER = Comparator
            .comparing((Candidate c) -> c.aggregate() == null ? Double.NEGATIVE_INFINITY : c.aggregate())
            .reversed()
            .thenComparing(Candidate::requested)
            .thenComparingLong(Candidate::proposal);

    /** Ranks the candidates and recommends a selection within the fund and the cap per project. */
    public static Ranking of(List<Candidate> candidates, BigDecimal fund, BigDecimal cap) {
        List<Candidate> ordered = candidates.stream().sorted(ORDER).toList();
        List<Place> places = new ArrayList<>();
        BigDecimal remaining = fund;
        Integer rank = null;
        Double previous = null;
        for (int i = 0; i < ordered.size(); i++) {
            Candidate candidate = ordered.get(i);
            if (candidate.aggregate() == null) {
                places.add(new Place(null, candidate, false, null));
                continue;
            }
            if (!Objects.equals(previous, candidate.aggregate())) {
                rank = i + 1;
                previous = candidate.aggregate();
            }
            if (candidate.requested().compareTo(cap) > 0) {
                places.add(new Place(rank, candidate, false, candidate.requested().subtract(cap)));
            } else if (candidate.requested().compareTo(remaining) <= 0) {
                remaining = remaining.subtract(candidate.requested());
                places.add(new Place(rank, candidate, true, null));
            } else {
                places.add(new Place(rank, candidate, false, candidate.requested().subtract(remaining)));
            }
        }
        return new Ranking(List.copyOf(places), fund.subtract(remaining), remaining);
    }
}
