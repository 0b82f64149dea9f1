package org.stadtkern.cocreation.internal.http;

import java.io.IOException;
import java.math.BigDecimal;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import javax.servlet.Servlet;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.http.whiteboard.propertytypes.HttpWhiteboardServletName;
import org.osgi.service.http.whiteboard.propertytypes.HttpWhiteboardServletPattern;
import org.stadtkern.cocreation.internal.CocreationMeasure;
import org.stadtkern.cocreation.internal.fund.CallSpec;
import org.stadtkern.cocreation.internal.fund.FundingCall;
import org.stadtkern.cocreation.internal.fund.Incomplete;
import org.stadtkern.cocreation.internal.fund.JuryMember;
import org.stadtkern.cocreation.internal.fund.Proposal;
import org.stadtkern.cocreation.internal.fund.ProposalInput;
import org.stadtkern.cocreation.internal.fund.State;
import org.stadtkern.cocreation.internal.store.Calls;
import org.stadtkern.cocreation.internal.store.Proposals;
import org.stadtkern.cocreation.internal.store.Reviews;
import org.stadtkern.cocreation.internal.store.Standings;
import org.stadtkern.core.api.access.AccessControl;
import org.stadtkern.core.api.access.Caller;
import org.stadtkern.core.api.access.DatasetRef;
import org.stadtkern.core.api.access.Role;
import org.stadtkern.core.api.http.Call;
import org.stadtkern.core.api.http.Problem;

/**
 * {@code /api/cocreation/calls}: the calls for proposals. Everyone reads the open tenant's calls (a
 * user their own tenant's) and submits a proposal to a call until its submission deadline, without an
 * account: the answer carries a token, the applicant's only key to the proposal. The fund's staff
 * (operators) open calls, enter proposals also after the deadline, list them, appoint the jury and
 * read the ranking, which the call's jury members read too, and the jury's progress (who still has to
 * declare or score what).
 */
@Component(service = Servlet.class)
@HttpWhiteboardServletName("stadtkern-cocreation-calls")
@HttpWhiteboardServletPattern("/api/cocreation/calls/*")
public final class CallsResource extends FundResource {

    private static final long serialVersionUID = 1L;
    static final int MAX_PROPOSAL = 64 * 1024;
    private static final int MAX_CALL = 16 * 1024;

    private final transient AccessControl access;
    private final transient Calls calls;
    private final transient Proposals proposals;
    private final transient Reviews reviews;
    private final transient Standings standings;

    /**
     * A proposal as saved.
     *
     * @param id its id
     * @param state draft or submitted
     * @param requested the total of its cost plan
     * @param token the applicant's key, shown once ({@code null} for proposals the staff entered)
     */
    record Receipt(long id, String state, BigDecimal requested, String token) {
    }

    /** A proposal in a list: no personal data. */
    record Listed(long id, String title, String district, String state, int version, BigDecimal requested) {
    }

    /** The ranking of a call with the fund it fills. */
    record Ranked(long call, BigDecimal fund, BigDecimal cap, Standings.View ranking) {
    }

    @Activate
    public CallsResource(@Reference AccessControl access, @Reference Calls calls, @Reference Proposals proposals,
            @Reference Reviews reviews, @Reference Standings standings) {
        super(access, calls, proposals);
        this.access = access;
        this.calls = calls;
        this.proposals = proposals;
        this.reviews = reviews;
        this.standings = standings;
        route("GET", "", null, call -> calls.list(tenant(call)));
        route("POST", "", Role.OPERATOR, this::open);
        route("GET", "/{call}", null, call -> call(tenant(call), call));
        route("POST", "/{call}/proposals", null, this::apply);
        route("GET", "/{call}/proposals", Role.OPERATOR, this::proposals);
        route("GET", "/{call}/jury", Role.OPERATOR, call -> reviews.jury(call(tenant(call), call).id()));
        route("PUT", "/{call}/jury", Role.OPERATOR, this::appoint);
        member("GET", "/{call}/ranking", this::ranking);
        route("GET", "/{call}/progress", Role.OPERATOR, call -> standings.progress(call.caller().tenant(),
                call(call.caller().tenant(), call)));
    }

    private Object open(Call call) throws Problem, IOException, SQLException {
        FundingCall opened = calls.open(call.caller().tenant(), call.body(CallSpec.class, MAX_CALL));
        call.status(201);
        return opened;
    }

    private Object apply(Call call) throws Problem, IOException, SQLException, Incomplete {
        Caller caller = call.caller();
        boolean staff = caller.has(Role.OPERATOR);
        if (!caller.isAnonymous() && !staff) {
            throw new Problem(403, "Forbidden", "Applicants send proposals without logging in; the fund's staff "
                    + "enter them as operators.");
        }
        FundingCall funding = call(tenant(call), call);
        if (!staff && LocalDate.now().isAfter(funding.submissionDeadline())) {
            throw new Problem(409, "Conflict", "The call closed on " + funding.submissionDeadline() + ".");
        }
        ProposalInput input = call.body(ProposalInput.class, MAX_PROPOSAL);
        boolean submit = "true".equals(call.parameter("submit"));
        Proposals.Saved saved = proposals.create(tenant(call), funding, input, staff ? caller.name() : "applicant",
                submit, !staff);
        call.status(201);
        call.response().setHeader("Location", call.baseUrl() + "/api/cocreation/proposals/" + saved.proposal().id());
        return new Receipt(saved.proposal().id(), saved.proposal().state().id(), saved.proposal().requested(),
                saved.token());
    }

    private Object proposals(Call call) throws Problem, SQLException {
        String tenant = call.caller().tenant();
        FundingCall funding = call(tenant, call);
        String wanted = call.parameter("state");
        State state = wanted == null ? null : State.of(wanted).orElseThrow(() -> Problem.badRequest(
                "state must be one of draft, submitted, eligibility-check, jury-review, shortlisted, funder-review, "
                        + "approved, rejected, in-implementation, reported, closed, withdrawn."));
        access.recordRead(call.caller(), new DatasetRef(tenant, CocreationMeasure.REVIEWS), "proposals");
        List<Listed> listed = new ArrayList<>();
        for (Proposal proposal : proposals.list(tenant, funding.id(), state)) {
            listed.add(new Listed(proposal.id(), proposal.content().title(), proposal.content().district(),
                    proposal.state().id(), proposal.version(), proposal.requested()));
        }
        return listed;
    }

    private Object appoint(Call call) throws Problem, IOException, SQLException {
        FundingCall funding = call(call.caller().tenant(), call);
        JuryMember[] members = call.body(JuryMember[].class, MAX_CALL);
        if (members.length == 0 || members.length > 30) {
            throw Problem.badRequest("A jury has 1 to 30 members.");
        }
        return reviews.appoint(funding, List.of(members));
    }

    private Object ranking(Call call) throws Problem, SQLException {
        Caller caller = call.caller();
        FundingCall funding = call(caller.tenant(), call);
        if (!caller.has(Role.OPERATOR) && !reviews.callsOf(caller.tenant(), caller.user()).contains(funding.id())) {
            throw Problem.notFound("No such call ranking for you: the fund's staff and the call's jury read it.");
        }
        access.recordRead(caller, new DatasetRef(caller.tenant(), CocreationMeasure.REVIEWS), "ranking");
        return new Ranked(funding.id(), funding.fund(), funding.cap(), standings.ranking(caller.tenant(), funding));
    }
}
