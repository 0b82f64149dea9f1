package org.stadtkern.cocreation.internal.http;

import java.io.IOException;
import java.math.BigDecimal;
import java.sql.SQLException;
import java.time.LocalDate;

import javax.servlet.Servlet;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.http.whiteboard.propertytypes.HttpWhiteboardServletName;
import org.osgi.service.http.whiteboard.propertytypes.HttpWhiteboardServletPattern;
import org.stadtkern.cocreation.internal.fund.Proposal;
import org.stadtkern.cocreation.internal.store.Calls;
import org.stadtkern.cocreation.internal.store.Projects;
import org.stadtkern.cocreation.internal.store.Proposals;
import org.stadtkern.cocreation.internal.store.Published;
import org.stadtkern.core.api.access.AccessControl;
import org.stadtkern.core.api.access.Role;
import org.stadtkern.core.api.http.Call;
import org.stadtkern.core.api.http.Problem;
import org.stadtkern.core.api.http.Representation;

/**
 * {@code /api/cocreation/projects}: the funded projects. The list is open data for everyone (JSON, or
 * CSV with {@code ?format=csv}), with no personal data. One project with its milestones, payments and
 * overdue warnings is for the fund's staff and its applicant (token); the staff start it, mark
 * milestones done and settle payments; staff and applicant write reports and request payments, which
 * together never exceed the approved amount.
 */
@Component(service = Servlet.class)
@HttpWhiteboardServletName("stadtkern-cocreation-projects")
@HttpWhiteboardServletPattern("/api/cocreation/projects/*")
public final class ProjectsResource extends FundResource {

    private static final long serialVersionUID = 1L;
    private static final int MAX_SMALL = 4 * 1024;
    private static final int MAX_REPORT = 64 * 1024;

    private final transient Projects projects;
    private final transient Proposals proposals;
    private final transient Published published;

    record Start(LocalDate starts) {
    }

    record Done(LocalDate done) {
    }

    record Report(String text) {
    }

    record PaymentRequest(BigDecimal amount, String purpose) {
    }

    record Settlement(boolean paid) {
    }

    @Activate
    public ProjectsResource(@Reference AccessControl access, @Reference Calls calls, @Reference Proposals proposals,
            @Reference Projects projects, @Reference Published published) {
        super(access, calls, proposals);
        this.projects = projects;
        this.proposals = proposals;
        this.published = published;
        route("GET", "", null, this::list);
        route("GET", "/{id}", null, this::project);
        route("POST", "/{id}/start", Role.OPERATOR, this::start);
        route("PUT", "/{id}/milestones/{milestone}", Role.OPERATOR, this::done);
        route("POST", "/{id}/reports", null, this::report);
        route("POST", "/{id}/payments", null, this::request);
        route("PUT", "/{id}/payments/{payment}", Role.OPERATOR, this::settle);
    }

    private Object list(Call call) throws Problem, SQLException {
        String format = call.parameter("format");
        if (format != null && !"csv".equals(format) && !"json".equals(format)) {
            throw Problem.badRequest("format is json or csv.");
        }
        String tenant = tenant(call);
        return "csv".equals(format) ? new Representation("text/csv", published.csv(tenant))
                : published.projects(tenant);
    }

    private Object project(Call call) throws Problem, SQLException {
        Proposal proposal = running(call);
        return projects.project(proposal, LocalDate.now()).orElseThrow(() -> Problem.notFound("No such project."));
    }

    private Object start(Call call) throws Problem, IOException, SQLException {
        String tenant = call.caller().tenant();
        Proposal proposal = proposal(tenant, call);
        Start start = call.body(Start.class, MAX_SMALL);
        if (start.starts() == null) {
            throw Problem.badRequest("starts is required.");
        }
        projects.start(callOf(tenant, proposal), proposal, start.starts(), call.caller().name());
        return projects.project(proposals.find(tenant, proposal.id()).orElseThrow(), LocalDate.now()).orElseThrow();
    }

    private Object done(Call call) throws Problem, IOException, SQLException {
        Proposal proposal = proposal(call.caller().tenant(), call);
        Done done = call.body(Done.class, MAX_SMALL);
        projects.done(proposal, call.number("milestone"), done.done() == null ? LocalDate.now() : done.done());
        return projects.project(proposal, LocalDate.now()).orElseThrow();
    }

    private Object report(Call call) throws Problem, IOException, SQLException {
        Proposal proposal = running(call);
        long id = projects.report(proposal, call.body(Report.class, MAX_REPORT).text(), actor(call));
        call.status(201);
        return java.util.Map.of("id", id);
    }

    private Object request(Call call) throws Problem, IOException, SQLException {
        Proposal proposal = running(call);
        PaymentRequest request = call.body(PaymentRequest.class, MAX_SMALL);
        long id = projects.request(proposal, request.amount(), request.purpose());
        call.status(201);
        return java.util.Map.of("id", id);
    }

    private Object settle(Call call) throws Problem, IOException, SQLException {
        Proposal proposal = proposal(call.caller().tenant(), call);
        projects.settle(proposal, call.number("payment"), call.body(Settlement.class, MAX_SMALL).paid());
        return projects.project(proposal, LocalDate.now()).orElseThrow();
    }

    /** The funded proposal in the path, for its staff and applicant; 404 for everyone else. */
    private Proposal running(Call call) throws Problem, SQLException {
        Proposal proposal = proposal(tenant(call), call);
        if (!staffOrApplicant(call, proposal) || !proposal.state().funded()) {
            throw Problem.notFound("No such project.");
        }
        return proposal;
    }

    private static String actor(Call call) {
        return call.caller().isAnonymous() ? "applicant" : call.caller().name();
    }
}
