package org.stadtkern.cocreation.internal;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.stadtkern.cocreation.api.FundSetup;
import org.stadtkern.cocreation.internal.fund.Decision;
import org.stadtkern.cocreation.internal.fund.FundingCall;
import org.stadtkern.cocreation.internal.fund.Incomplete;
import org.stadtkern.cocreation.internal.fund.Proposal;
import org.stadtkern.cocreation.internal.fund.Score;
import org.stadtkern.cocreation.internal.fund.State;
import org.stadtkern.cocreation.internal.store.Calls;
import org.stadtkern.cocreation.internal.store.Eligibility;
import org.stadtkern.cocreation.internal.store.Projects;
import org.stadtkern.cocreation.internal.store.Proposals;
import org.stadtkern.cocreation.internal.store.Reviews;
import org.stadtkern.cocreation.internal.store.Standings;
import org.stadtkern.core.api.measure.Json;

/** Plays a round given as data through the stores, step by step as the people of the fund would. */
@Component(service = FundSetup.class)
public final class RoundPlayer implements FundSetup {

    private static final String STAFF = "setup";
    private static final int MAX_ROUND = 1024 * 1024;

    private final Calls calls;
    private final Proposals proposals;
    private final Eligibility eligibility;
    private final Reviews reviews;
    private final Projects projects;
    private final Standings standings;

    @Activate
    public RoundPlayer(@Reference Calls calls, @Reference Proposals proposals, @Reference Eligibility eligibility,
            @Reference Reviews reviews, @Reference Projects projects, @Reference Standings standings) {
        this.calls = calls;
        this.proposals = proposals;
        this.eligibility = eligibility;
        this.reviews = reviews;
        this.projects = projects;
        this.standings = standings;
    }

    @Override
    public boolean hasCall(String name) throws IOException {
        try {
            return calls.find(calls.openTenant(), name).isPresent();
        } catch (SQLException e) {
            throw new IOException(e);
        }
    }

    @Override
    public void playRound(InputStream data) throws IOException {
        byte[] bytes = data.readNBytes(MAX_ROUND + 1);
        if (bytes.length > MAX_ROUND) {
            throw new IllegalArgumentException("A round takes at most " + MAX_ROUND + " bytes.");
        }
        Round round = Json.bind(bytes, Json.strictReader(Round.class));
        try {
            play(calls.openTenant(), round);
        } catch (SQLException e) {
            throw new IOException(e);
        } catch (Incomplete e) {
            throw new IllegalArgumentException("A proposal of the round is incomplete: " + e.getMessage(), e);
        }
    }

    private void play(String tenant, Round round) throws SQLException, Incomplete {
        FundingCall call = calls.open(tenant, round.call());
        reviews.appoint(call, round.jury());
        List<String> members = round.jury().stream().map(member -> member.member()).toList();
        for (Round.Entry entry : round.proposals()) {
            Proposal proposal = proposals.create(tenant, call, entry.proposal(), "applicant", true, false)
                    .proposal();
            proposal = proposals.move(tenant, call, proposal, State.ELIGIBILITY_CHECK, STAFF, null);
            List<Eligibility.Check> checks = new ArrayList<>();
            call.eligibility().forEach(c -> checks.add(new Eligibility.Check(c.id(), entry.eligible(),
                    entry.eligible() ? null : entry.note())));
            eligibility.check(call, proposal, checks, STAFF);
            if (!entry.eligible()) {
                proposals.move(tenant, call, proposal, State.REJECTED, STAFF, entry.note());
                continue;
            }
            proposal = proposals.move(tenant, call, proposal, State.JURY_REVIEW, STAFF, null);
            reviews.assign(call, proposal, members);
            for (int m = 0; m < members.size(); m++) {
                String member = members.get(m);
                boolean conflict = entry.conflicts().contains(member);
                reviews.declare(proposal, member, conflict, conflict ? "declared in the round" : null);
                if (!conflict && m < entry.scores().size()) {
                    List<Score> sheet = new ArrayList<>();
                    for (int c = 0; c < call.scoring().size(); c++) {
                        sheet.add(new Score(call.scoring().get(c).id(), entry.scores().get(m).get(c), null));
                    }
                    reviews.score(call, proposal, member, sheet);
                }
            }
        }
        decide(tenant, call, round);
    }

    private void decide(String tenant, FundingCall call, Round round) throws SQLException, Incomplete {
        for (Standings.Place place : standings.ranking(tenant, call).places()) {
            Proposal proposal = proposals.find(tenant, place.proposal()).orElseThrow();
            if (!place.recommended()) {
                proposals.move(tenant, call, proposal, State.REJECTED, STAFF, "below the funding line");
                continue;
            }
            proposal = proposals.move(tenant, call, proposal, State.SHORTLISTED, STAFF, null);
            proposal = proposals.move(tenant, call, proposal, State.FUNDER_REVIEW, STAFF, null);
            projects.decide(call, proposal, new Decision(true, proposal.requested(), "Quarterly progress reports"),
                    STAFF);
            proposal = proposals.find(tenant, proposal.id()).orElseThrow();
            projects.start(call, proposal, round.starts(), STAFF);
            BigDecimal advance = proposal.requested().multiply(round.advance()).setScale(2, RoundingMode.DOWN);
            if (advance.signum() > 0) {
                proposal = proposals.find(tenant, proposal.id()).orElseThrow();
                projects.settle(proposal, projects.request(proposal, advance, "advance"), true);
            }
        }
    }
}
