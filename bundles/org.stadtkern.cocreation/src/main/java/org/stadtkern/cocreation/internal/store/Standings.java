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
import org.stadtkern.cocreation.internal.fund.JuryMember;
import org.stadtkern.cocreation.internal.fund.Proposal;
import org.stadtkern.cocreation.internal.fund.Ranking;
import org.stadtkern.cocreation.internal.fund.Scoring;
import org.stadtkern.cocreation.internal.fund.State;

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

    /**
     * What the jury still has to do in a call, for the fund's staff.
     *
     * @param proposals per proposal in jury review, the members who have not declared or not scored it
     * @param members per jury member, the proposals in jury review they have not finished
     */
    public record Progress(List<ProposalProgress> proposals, List<MemberProgress> members) {
    }

    /** A proposal's open reviews: member user names. */
    public record ProposalProgress(long proposal, String title, List<String> open) {
    }

    /** A member's open reviews: proposal ids, and how many they have finished. */
    public record MemberProgress(String member, String name, List<Long> open, int done) {
    }

        @Activate
    public Standings(@Reference Proposals proposals, @Reference Reviews reviews) {
        this.proposals = proposals;
        this.reviews = reviews;
    }

    /** Which declarations and score sheets of proposals in jury review are still open, both ways. */
    public Progress progress(String tenant, FundingCall call) throws SQLException {
        Map<Long, Proposal> inReview = new java.util.TreeMap<>();
        for (Proposal proposal : proposals.list(tenant, call.id(), State.JURY_REVIEW)) {
            inReview.put(proposal.id(), proposal);
        }
        Map<Long, List<String>> openByProposal = new java.util.TreeMap<>();
        inReview.keySet().forEach(id -> openByProposal.put(id, new ArrayList<>()));
        Map<String, List<Long>> openByMember = new java.util.TreeMap<>();
        Map<String, Integer> done = new HashMap<>();
        for (JuryMember member : reviews.jury(call.id())) {
            openByMember.put(member.member(), new ArrayList<>());
            done.put(member.member(), 0);
        }
        for (Assignment assignment : reviews.assignments(call.id())) {
            if (!inReview.containsKey(assignment.proposal()) || !openByMember.containsKey(assignment.member())) {
                continue;
            }
            if (assignment.open(call.scoring().size())) {
                openByProposal.get(assignment.proposal()).add(assignment.member());
                openByMember.get(assignment.member()).add(assignment.proposal());
            } else {
                done.merge(assignment.member(), 1, Integer::sum);
            }
        }
        List<ProposalProgress> byProposal = new ArrayList<>();
        openByProposal.forEach((id, open) -> byProposal.add(new ProposalProgress(id, inReview.get(id).content()
                .title(), List.copyOf(open))));
        List<MemberProgress> byMember = new ArrayList<>();
        for (JuryMember member : reviews.jury(call.id())) {
            byMember.add(new MemberProgress(member.member(), member.name(), List.copyOf(openByMember.get(
                    member.member())), done.get(member.member())));
        }
        return new Progress(byProposal, byMember);
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
