package org.stadtkern.cocreation.internal.http;

import java.io.IOException;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;

import javax.servlet.Servlet;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.http.whiteboard.propertytypes.HttpWhiteboardServletName;
import org.osgi.service.http.whiteboard.propertytypes.HttpWhiteboardServletPattern;
import org.stadtkern.cocreation.internal.CocreationMeasure;
import org.stadtkern.cocreation.internal.fund.Decision;
import org.stadtkern.cocreation.internal.fund.FundingCall;
import org.stadtkern.cocreation.internal.fund.Incomplete;
import org.stadtkern.cocreation.internal.fund.Proposal;
import org.stadtkern.cocreation.internal.fund.ProposalInput;
import org.stadtkern.cocreation.internal.fund.State;
import org.stadtkern.cocreation.internal.store.Calls;
import org.stadtkern.cocreation.internal.store.Eligibility;
import org.stadtkern.cocreation.internal.store.Projects;
import org.stadtkern.cocreation.internal.store.Proposals;
import org.stadtkern.cocreation.internal.store.Reviews;
import org.stadtkern.core.api.access.AccessControl;
import org.stadtkern.core.api.access.DatasetRef;
import org.stadtkern.core.api.access.Role;
import org.stadtkern.core.api.http.Call;
import org.stadtkern.core.api.http.Problem;

/**
 * {@code /api/cocreation/proposals/{id}}: one proposal. Its applicant reads, edits, submits and
 * withdraws it with the token of the submission (header {@code X-Proposal-Token}); the fund's staff
 * read it (the applicant's contact only with a grant for dataset {@code cocreation-applicants} and the
 * purpose declared), move it through the process, record the eligibility check, assign jury members and
 * record the funder's decision; a jury member reads an assigned proposal with the applicant's name and
 * type, without contact data. Anyone else gets 404, as for an id that does not exist.
 */
@Component(service = Servlet.class)
@HttpWhiteboardServletName("stadtkern-cocreation-proposals")
@HttpWhiteboardServletPattern("/api/cocreation/proposals/*")
public final class ProposalsResource extends FundResource {

    private static final long serialVersionUID = 1L;
    private static final int MAX_SMALL = 16 * 1024;

    private final transient AccessControl access;
    private final transient Proposals proposals;
    private final transient Eligibility eligibility;
    private final transient Reviews reviews;
    private final transient Projects projects;
    private final transient Readers readers;

    /**
     * A proposal as its reader may see it.
     *
     * @param content with the applicant's contact only for the applicant and staff with a grant
     * @param checks the eligibility results (staff and applicant)
     */
    record View(long id, long call, String state, int version, java.math.BigDecimal requested, Instant submitted,
            ProposalInput content, List<Eligibility.Check> checks) {
    }

    /** A requested change of state. */
    record Move(String to, String reason) {
    }

    /** Whether a jury member declares a conflict of interest. */
    record Declaration(boolean conflict, String note) {
    }

    @Activate
    public ProposalsResource(@Reference AccessControl access, @Reference Calls calls, @Reference Proposals proposals,
            @Reference Eligibility eligibility, @Reference Reviews reviews, @Reference Projects projects) {
        super(access, calls, proposals);
        this.access = access;
        this.proposals = proposals;
        this.eligibility = eligibility;
        this.reviews = reviews;
        this.projects = projects;
        this.readers = new Readers(access, proposals, reviews);
        route("GET", "/{id}", null, this::read);
        route("PUT", "/{id}", null, this::edit);
        route("POST", "/{id}/transitions", null, this::move);
        route("GET", "/{id}/transitions", Role.OPERATOR, call -> proposals.history(
                proposal(call.caller().tenant(), call).id()));
        route("PUT", "/{id}/eligibility", Role.OPERATOR, this::check);
        route("PUT", "/{id}/assignments", Role.OPERATOR, this::assign);
        route("PUT", "/{id}/decision", Role.OPERATOR, this::decide);
    }

    private Object read(Call call) throws Problem, SQLException {
        Proposal proposal = proposal(tenant(call), call);
        Readers.Kind reader = readers.of(call, tenant(call), proposal);
        ProposalInput content = proposal.content();
        ProposalInput.Applicant applicant = content.applicant();
        if (reader == Readers.Kind.STAFF) {
            applicant = new ProposalInput.Applicant(applicant.type(), null, null, null, null);
        } else if (reader == Readers.Kind.JURY) {
            applicant = new ProposalInput.Applicant(applicant.type(), applicant.name(), applicant.legalForm(), null,
                    null);
        }
        if (reader != Readers.Kind.APPLICANT) {
            access.recordRead(call.caller(), new DatasetRef(tenant(call), reader == Readers.Kind.STAFF
                    ? CocreationMeasure.REVIEWS : CocreationMeasure.APPLICANTS), "proposal " + proposal.id());
        }
        List<String> coApplicants = reader == Readers.Kind.STAFF ? List.of() : content.coApplicants();
        ProposalInput shown = new ProposalInput(applicant, content.title(), content.summary(), content.description(),
                content.district(), content.tools(), content.costPlan(), content.milestones(), coApplicants,
                content.consent());
        return new View(proposal.id(), proposal.call(), proposal.state().id(), proposal.version(),
                proposal.requested(), proposal.submitted(), shown,
                reader == Readers.Kind.JURY ? List.of() : eligibility.checks(proposal.id()));
    }

    private Object edit(Call call) throws Problem, IOException, SQLException, Incomplete {
        Proposal proposal = proposal(tenant(call), call);
        Readers.Kind reader = readers.of(call, tenant(call), proposal);
        if (reader == Readers.Kind.JURY) {
            throw Problem.notFound("No such proposal.");
        }
        ProposalInput input = call.body(ProposalInput.class, CallsResource.MAX_PROPOSAL);
        return proposals.edit(tenant(call), callOf(tenant(call), proposal), proposal, input, actor(call, reader))
                .version();
    }

    private Object move(Call call) throws Problem, IOException, SQLException, Incomplete {
        Proposal proposal = proposal(tenant(call), call);
        Readers.Kind reader = readers.of(call, tenant(call), proposal);
        Move move = call.body(Move.class, MAX_SMALL);
        State to = State.of(move.to() == null ? "" : move.to()).orElseThrow(() -> Problem.badRequest(
                "to must be a state such as submitted, eligibility-check, jury-review or withdrawn."));
        if (reader == Readers.Kind.JURY
                || reader == Readers.Kind.APPLICANT && to != State.SUBMITTED && to != State.WITHDRAWN) {
            throw new Problem(403, "Forbidden", "An applicant submits or withdraws a proposal; the fund's staff "
                    + "move it on.");
        }
        FundingCall funding = callOf(tenant(call), proposal);
        return proposals.move(tenant(call), funding, proposal, to, actor(call, reader), move.reason()).state().id();
    }

    private Object check(Call call) throws Problem, IOException, SQLException {
        String tenant = call.caller().tenant();
        Proposal proposal = proposal(tenant, call);
        Eligibility.Check[] checks = call.body(Eligibility.Check[].class, MAX_SMALL);
        eligibility.check(callOf(tenant, proposal), proposal, List.of(checks), call.caller().name());
        return eligibility.checks(proposal.id());
    }

    private Object assign(Call call) throws Problem, IOException, SQLException {
        String tenant = call.caller().tenant();
        Proposal proposal = proposal(tenant, call);
        String[] members = call.body(String[].class, MAX_SMALL);
        if (proposal.state() != State.JURY_REVIEW) {
            throw new IllegalStateException("Jury members are assigned proposals in jury review; this one is "
                    + proposal.state().id() + ".");
        }
        FundingCall funding = callOf(tenant, proposal);
        reviews.assign(funding, proposal, List.of(members));
        return reviews.assignments(funding.id()).stream().filter(a -> a.proposal() == proposal.id()).toList();
    }

    private Object decide(Call call) throws Problem, IOException, SQLException {
        String tenant = call.caller().tenant();
        Proposal proposal = proposal(tenant, call);
        Decision decision = call.body(Decision.class, MAX_SMALL);
        projects.decide(callOf(tenant, proposal), proposal, decision, call.caller().name());
        return proposals.find(tenant, proposal.id()).orElseThrow().state().id();
    }

    private static String actor(Call call, Readers.Kind reader) {
        return reader == Readers.Kind.APPLICANT ? "applicant" : call.caller().name();
    }
}
