package org.stadtkern.cocreation.internal.store;

import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.stadtkern.cocreation.internal.fund.Assignment;
import org.stadtkern.cocreation.internal.fund.Criterion;
import org.stadtkern.cocreation.internal.fund.FundingCall;
import org.stadtkern.cocreation.internal.fund.JuryMember;
import org.stadtkern.cocreation.internal.fund.Proposal;
import org.stadtkern.cocreation.internal.fund.Score;
import org.stadtkern.cocreation.internal.fund.Scoring;
import org.stadtkern.cocreation.internal.fund.State;
import org.stadtkern.core.api.measure.Jdbc;

/**
 * The jury of each call: its members, which proposals each is assigned, their declarations of
 * conflicts of interest and their scores. A member scores only an assigned proposal in jury review,
 * after declaring no conflict; a member who declares a conflict has their scores of that proposal
 * deleted in the same transaction.
 */
@Component(service = Reviews.class)
public final class Reviews {

    private final Jdbc jdbc;

    @Activate
    public Reviews(@Reference(target = "(" + Jdbc.SCHEMA + "=cocreation)") Jdbc jdbc) {
        this.jdbc = jdbc;
    }

    /** Sets the call's jury; members who are assigned proposals cannot be removed. */
    public List<JuryMember> appoint(FundingCall call, List<JuryMember> members) throws SQLException {
        Set<String> names = new HashSet<>();
        for (JuryMember member : members) {
            if (!names.add(member.member())) {
                throw new IllegalArgumentException(member.member() + " is named twice.");
            }
        }
        jdbc.transaction(tx -> {
            for (JuryMember present : jury(tx, call.id())) {
                if (!names.contains(present.member()) && tx.first("select 1 from cocreation_assignments a join "
                        + "cocreation_proposals p on p.id = a.proposal_id where p.call_id = ? and a.member = ?",
                        row -> 1, call.id(), present.member()).isPresent()) {
                    throw new IllegalStateException(present.member() + " is assigned proposals and stays in the jury.");
                }
            }
            tx.update("delete from cocreation_jury where call_id = ?", call.id());
            for (JuryMember member : members) {
                tx.update("insert into cocreation_jury (call_id, member, name, discipline) values (?, ?, ?, ?)",
                        call.id(), member.member(), member.name(), member.discipline());
            }
            return null;
        });
        return jury(call.id());
    }

    /** The call's jury, by user name. */
    public List<JuryMember> jury(long call) throws SQLException {
        return jury(jdbc, call);
    }

    private static List<JuryMember> jury(Jdbc db, long call) throws SQLException {
        return db.query("select member, name, discipline from cocreation_jury where call_id = ? order by member",
                row -> new JuryMember(row.getString(1), row.getString(2), row.getString(3)), call);
    }

    /** The calls (ids) of the tenant in whose jury the user sits. */
    public Set<Long> callsOf(String tenant, String member) throws SQLException {
        return new HashSet<>(jdbc.query("select j.call_id from cocreation_jury j join cocreation_calls c on "
                + "c.id = j.call_id where c.tenant = ? and j.member = ?", row -> row.getLong(1), tenant, member));
    }

    /** Assigns members of the call's jury to a proposal (members already assigned keep what they did). */
    public void assign(FundingCall call, Proposal proposal, List<String> members) throws SQLException {
        Set<String> jury = jury(call.id()).stream().map(JuryMember::member).collect(Collectors.toSet());
        for (String member : members) {
            if (!jury.contains(member)) {
                throw new IllegalArgumentException(member + " is not in the jury of this call.");
            }
        }
        jdbc.transaction(tx -> {
            for (String member : new HashSet<>(members)) {
                if (tx.first("select 1 from cocreation_assignments where proposal_id = ? and member = ?", row -> 1,
                        proposal.id(), member).isEmpty()) {
                    tx.update("insert into cocreation_assignments (proposal_id, member) values (?, ?)",
                            proposal.id(), member);
                }
            }
            return null;
        });
    }

    /** The member's assignment to the proposal, if any. */
    public Optional<Assignment> assignment(long proposal, String member) throws SQLException {
        return jdbc.first("select a.proposal_id, a.member, a.conflict, a.conflict_note, (select count(*) from "
                + "cocreation_scores s where s.proposal_id = a.proposal_id and s.member = a.member) from "
                + "cocreation_assignments a where a.proposal_id = ? and a.member = ?", Reviews::assignment,
                proposal, member);
    }

    /** Every assignment of the call's proposals, by proposal and member. */
    public List<Assignment> assignments(long call) throws SQLException {
        return jdbc.query("select a.proposal_id, a.member, a.conflict, a.conflict_note, (select count(*) from "
                + "cocreation_scores s where s.proposal_id = a.proposal_id and s.member = a.member) from "
                + "cocreation_assignments a join cocreation_proposals p on p.id = a.proposal_id where p.call_id = ? "
                + "order by a.proposal_id, a.member", Reviews::assignment, call);
    }

    /** The member's assignments in the tenant's calls, by proposal. */
    public List<Assignment> assignmentsOf(String tenant, String member) throws SQLException {
        return jdbc.query("select a.proposal_id, a.member, a.conflict, a.conflict_note, (select count(*) from "
                + "cocreation_scores s where s.proposal_id = a.proposal_id and s.member = a.member) from "
                + "cocreation_assignments a join cocreation_proposals p on p.id = a.proposal_id where p.tenant = ? "
                + "and a.member = ? order by a.proposal_id", Reviews::assignment, tenant, member);
    }

    private static Assignment assignment(java.sql.ResultSet row) throws SQLException {
        Boolean conflict = row.getObject(3) == null ? null : row.getBoolean(3);
        return new Assignment(row.getLong(1), row.getString(2), conflict, row.getString(4), row.getInt(5));
    }

    /** Records the member's declaration for an assigned proposal; a conflict deletes their scores of it. */
    public void declare(Proposal proposal, String member, boolean conflict, String note) throws SQLException {
        require(proposal, member);
        jdbc.transaction(tx -> {
            tx.update("update cocreation_assignments set conflict = ?, conflict_note = ?, declared = ? where "
                    + "proposal_id = ? and member = ?", conflict, note, Timestamp.from(Instant.now()), proposal.id(),
                    member);
            if (conflict) {
                tx.update("delete from cocreation_scores where proposal_id = ? and member = ?", proposal.id(), member);
            }
            return null;
        });
    }

    /**
     * Stores the member's scores of an assigned proposal (replacing earlier ones of the same criteria).
     *
     * @throws IllegalStateException when the member has not declared, has a conflict, or the proposal is
     *         not in jury review
     */
    public void score(FundingCall call, Proposal proposal, String member, List<Score> scores) throws SQLException {
        Assignment assignment = require(proposal, member);
        if (assignment.conflict() == null) {
            throw new IllegalStateException("Declare first whether you have a conflict of interest with this "
                    + "proposal.");
        }
        if (assignment.conflict()) {
            throw new IllegalStateException("You declared a conflict of interest with this proposal and do not "
                    + "score it.");
        }
        Set<Long> criteria = call.scoring().stream().map(Criterion::id).collect(Collectors.toSet());
        for (Score score : scores) {
            if (!criteria.contains(score.criterion())) {
                throw new IllegalArgumentException("Criterion " + score.criterion() + " is not scored in this call.");
            }
            if (score.score() < 0 || score.score() > call.scoreMax()) {
                throw new IllegalArgumentException("A score runs from 0 to " + call.scoreMax() + ".");
            }
        }
        Instant now = Instant.now();
        jdbc.transaction(tx -> {
            for (Score score : scores) {
                tx.update("delete from cocreation_scores where proposal_id = ? and member = ? and criterion_id = ?",
                        proposal.id(), member, score.criterion());
                tx.update("insert into cocreation_scores (proposal_id, member, criterion_id, score, comment, at) "
                        + "select ?, ?, ?, ?, ?, ? from cocreation_assignments where proposal_id = ? and member = ? "
                        + "and conflict = false", proposal.id(), member, score.criterion(), score.score(),
                        score.comment(), Timestamp.from(now), proposal.id(), member);
            }
            return null;
        });
    }

    private Assignment require(Proposal proposal, String member) throws SQLException {
        if (proposal.state() != State.JURY_REVIEW) {
            throw new IllegalStateException("The jury works on proposals in jury review; this one is "
                    + proposal.state().id() + ".");
        }
        return assignment(proposal.id(), member).orElseThrow(() -> new IllegalStateException(
                "You are not assigned this proposal."));
    }

    /** The scores of one member for a proposal. */
    public List<Score> scores(long proposal, String member) throws SQLException {
        return jdbc.query("select criterion_id, score, comment from cocreation_scores where proposal_id = ? and "
                + "member = ? order by criterion_id", row -> new Score(row.getLong(1), row.getInt(2),
                        row.getString(3)), proposal, member);
    }

    /** Every member's scores for a proposal: member, then criterion, then the score with its comment. */
    public Map<String, List<Score>> allScores(long proposal) throws SQLException {
        Map<String, List<Score>> scores = new HashMap<>();
        jdbc.query("select member, criterion_id, score, comment from cocreation_scores where proposal_id = ?",
                row -> scores.computeIfAbsent(row.getString(1), m -> new java.util.ArrayList<>())
                        .add(new Score(row.getLong(2), row.getInt(3), row.getString(4))), proposal);
        return scores;
    }

    /** The jury result of a proposal: members with a conflict never count. */
    public Scoring scoring(FundingCall call, long proposal) throws SQLException {
        Map<String, Map<Long, Integer>> given = new HashMap<>();
        allScores(proposal).forEach((member, scores) -> given.put(member, scores.stream()
                .collect(Collectors.toMap(Score::criterion, Score::score))));
        Set<String> conflicted = new HashSet<>(jdbc.query("select member from cocreation_assignments where "
                + "proposal_id = ? and conflict = true", row -> row.getString(1), proposal));
        return Scoring.of(call.criteria(), given, conflicted);
    }
}
