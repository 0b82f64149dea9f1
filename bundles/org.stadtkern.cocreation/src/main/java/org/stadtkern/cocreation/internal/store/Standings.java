package org.stadtkern.cocreation.internal.store;

import java.math.BigDecimal;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.stadtkern.cocreation.internal.fund.Assignment;
import org.stadtkern.cocreation.internal.fund.Candidate;
import org.stadtkern.cocreation.internal.fund.FundingCall;
import org.stadtkern.cocreation.internal.fund.Proposal;
import org.stadtkern.cocreation.internal.fund.Ranking;
import org.stadtkern.cocreation.internal.fund.Scoring;

/**
 * Where the proposals of a call stand with the jury: the ranking with each proposal's aggregate, the
 * spread between members, how many members count, how many reviews are still missing, and the
 * recommended selection within the fund.
 */
@Component(service = Standings.class)
public final class Standings {

    private final Proposals proposals;
    private final Reviews reviews;

    /**
     * The ranking of a call.
     *
     * @param places best first
     * @param recommended the sum of the recommended requests
     * @param remaining what the fund has left after them
     * @param missing the reviews not done yet over all proposals (declarations and score sheets)
     */
    public record View(List<Place> places, BigDecimal recommended, BigDecimal remaining, int missing) {
    }

    /**
     * One proposal's place.
     *
     * @param rank 1 for the best; {@code null} while nobody counts
     * @param proposal its id
     * @param title its title
     * @param state where it stands
     * @param requested its request
     * @param aggregate the weighted mean over the members who count
     * @param spread the highest minus the lowest member total
     * @param counted how many members count
     * @param missing how many assigned members have not declared or not scored every criterion
     * @param recommended whether the recommended selection funds it
     * @param lacking what the fund lacks for it (or what it asks above the cap) when it is not recommended
     */
    public record Place(Integer rank, long proposal, String title, String state, BigDecimal requested,
            Double aggregate, double spread, int counted, int missing, boolean recommended, BigDecimal lacking) {
    }

    @Activate
    public Standings(@Reference Proposals proposals, @Reference Reviews reviews) {
        this.proposals = proposals;
        this.reviews = reviews;
    }

    /** The ranking of the call's proposals that reached the jury (not rejected or withdrawn). */
    public View ranking(String tenant, FundingCall call) throws SQLException {
        Map<Long, Proposal> ranked = new HashMap<>();
        Map<Long, Scoring> scorings = new HashMap<>();
        List<Candidate> candidates = new ArrayList<>();
        for (Proposal proposal : proposals.list(tenant, call.id(), null)) {
            if (proposal.state().ranked()) {
                Scoring scoring = reviews.scoring(call, proposal.id());
                ranked.put(proposal.id(), proposal);
                scorings.put(proposal.id(), scoring);
                candidates.add(new Candidate(proposal.id(), proposal.content().title(), proposal.requested(),
                        scoring.aggregate()));
            }
        }
        Map<Long, Integer> missing = new HashMap<>();
        int criteria = call.scoring().size();
        for (Assignment assignment : reviews.assignments(call.id())) {
            if (ranked.containsKey(assignment.proposal()) && assignment.open(criteria)) {
                missing.merge(assignment.proposal(), 1, Integer::sum);
            }
        }
        Ranking ranking = Ranking.of(candidates, call.fund(), call.cap());
        List<Place> places = new ArrayList<>();
        for (Ranking.Place place : ranking.places()) {
            long id = place.candidate().proposal();
            Scoring scoring = scorings.get(id);
            places.add(new Place(place.rank(), id, place.candidate().title(), ranked.get(id).state().id(),
                    place.candidate().requested(), scoring.aggregate(), scoring.spread(), scoring.totals().size(),
                    missing.getOrDefault(id, 0), place.recommended(), place.lacking()));
        }
        return new View(places, ranking.recommended(), ranking.remaining(),
                missing.values().stream().mapToInt(Integer::intValue).sum());
    }
}
