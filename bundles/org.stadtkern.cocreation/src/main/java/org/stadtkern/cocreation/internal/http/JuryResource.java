package org.stadtkern.cocreation.internal.http;

import java.io.IOException;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import javax.servlet.Servlet;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.http.whiteboard.propertytypes.HttpWhiteboardServletName;
import org.osgi.service.http.whiteboard.propertytypes.HttpWhiteboardServletPattern;
import org.stadtkern.cocreation.internal.CocreationMeasure;
import org.stadtkern.cocreation.internal.fund.Assignment;
import org.stadtkern.cocreation.internal.fund.FundingCall;
import org.stadtkern.cocreation.internal.fund.Proposal;
import org.stadtkern.cocreation.internal.fund.Score;
import org.stadtkern.cocreation.internal.fund.Scoring;
import org.stadtkern.cocreation.internal.store.Calls;
import org.stadtkern.cocreation.internal.store.Proposals;
import org.stadtkern.cocreation.internal.store.Reviews;
import org.stadtkern.core.api.access.AccessControl;
import org.stadtkern.core.api.access.Caller;
import org.stadtkern.core.api.access.DatasetRef;
import org.stadtkern.core.api.access.Role;
import org.stadtkern.core.api.http.Call;
import org.stadtkern.core.api.http.Problem;

/**
 * {@code /api/cocreation/jury/proposals}: a jury member's work. The proposals assigned to the caller
 * with what is still to do; per proposal the declaration of a conflict of interest (which removes the
 * member's scores of it) and the score sheet, one score with a comment per criterion. A member reads
 * only their own scores; the fund's staff read every member's with the jury result.
 */
@Component(service = Servlet.class)
@HttpWhiteboardServletName("stadtkern-cocreation-jury")
@HttpWhiteboardServletPattern("/api/cocreation/jury/*")
public final class JuryResource extends FundResource {

    private static final long serialVersionUID = 1L;
    private static final int MAX_SHEET = 64 * 1024;

    private final transient AccessControl access;
    private final transient Proposals proposals;
    private final transient Reviews reviews;

    /** A proposal on the member's desk. */
    record Desk(long proposal, long call, String title, String state, Boolean conflict, int scored, boolean open) {
    }

    /** Every member's sheet of a proposal with the jury result, for the fund's staff. */
    record Sheets(Scoring result, Map<String, List<Score>> scores, List<Assignment> assignments) {
    }

    @Activate
    public JuryResource(@Reference AccessControl access, @Reference Calls calls, @Reference Proposals proposals,
            @Reference Reviews reviews) {
        super(access, calls, proposals);
        this.access = access;
        this.proposals = proposals;
        this.reviews = reviews;
        member("GET", "/proposals", this::desk);
        member("PUT", "/proposals/{id}/declaration", this::declare);
        member("PUT", "/proposals/{id}/scores", this::score);
        member("GET", "/proposals/{id}/scores", this::scores);
    }

    private Object desk(Call call) throws SQLException {
        Caller caller = call.caller();
        List<Desk> desk = new ArrayList<>();
        for (Assignment assignment : reviews.assignmentsOf(caller.tenant(), caller.user())) {
            Proposal proposal = proposals.find(caller.tenant(), assignment.proposal()).orElseThrow();
            int criteria = callOf(caller.tenant(), proposal).scoring().size();
            desk.add(new Desk(proposal.id(), proposal.call(), proposal.content().title(), proposal.state().id(),
                    assignment.conflict(), assignment.scored(), assignment.open(criteria)));
        }
        return desk;
    }

    private Object declare(Call call) throws Problem, IOException, SQLException {
        Proposal proposal = proposal(call.caller().tenant(), call);
        ProposalsResource.Declaration declaration = call.body(ProposalsResource.Declaration.class, MAX_SHEET);
        if (declaration.note() != null && declaration.note().length() > 2000) {
            throw Problem.badRequest("note takes at most 2000 characters.");
        }
        reviews.declare(proposal, call.caller().user(), declaration.conflict(), declaration.note());
        return reviews.assignment(proposal.id(), call.caller().user()).orElseThrow();
    }

    private Object score(Call call) throws Problem, IOException, SQLException {
        Proposal proposal = proposal(call.caller().tenant(), call);
        Score[] sheet = call.body(Score[].class, MAX_SHEET);
        FundingCall funding = callOf(call.caller().tenant(), proposal);
        reviews.score(funding, proposal, call.caller().user(), List.of(sheet));
        return reviews.scores(proposal.id(), call.caller().user());
    }

    private Object scores(Call call) throws Problem, SQLException {
        Caller caller = call.caller();
        Proposal proposal = proposal(caller.tenant(), call);
        if (caller.has(Role.OPERATOR)) {
            access.recordRead(caller, new DatasetRef(caller.tenant(), CocreationMeasure.REVIEWS),
                    "scores of proposal " + proposal.id());
            FundingCall funding = callOf(caller.tenant(), proposal);
            return new Sheets(reviews.scoring(funding, proposal.id()), reviews.allScores(proposal.id()),
                    reviews.assignments(funding.id()).stream().filter(a -> a.proposal() == proposal.id()).toList());
        }
        if (reviews.assignment(proposal.id(), caller.user()).isEmpty()) {
            throw Problem.notFound("No such proposal.");
        }
        return reviews.scores(proposal.id(), caller.user());
    }
}
