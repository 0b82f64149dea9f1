package org.stadtkern.cocreation.internal.http;

import java.io.IOException;
import java.sql.SQLException;
import java.util.Set;

import org.stadtkern.cocreation.internal.fund.FundingCall;
import org.stadtkern.cocreation.internal.fund.Incomplete;
import org.stadtkern.cocreation.internal.fund.Proposal;
import org.stadtkern.cocreation.internal.store.Calls;
import org.stadtkern.cocreation.internal.store.Proposals;
import org.stadtkern.core.api.access.AccessControl;
import org.stadtkern.core.api.access.Role;
import org.stadtkern.core.api.http.Call;
import org.stadtkern.core.api.http.Problem;
import org.stadtkern.core.api.http.Representation;
import org.stadtkern.core.api.http.Resource;
import org.stadtkern.core.api.measure.Json;

/**
 * The base of the fund's resources: a refused step of the process answers 409 with the store's
 * sentence (a transition not allowed, a fund that has too little left), an invalid value 400, a
 * proposal that cannot be submitted yet 400 with every reason; calls and proposals of another tenant
 * answer 404 exactly like ids that do not exist.
 */
abstract class FundResource extends Resource {

    private static final long serialVersionUID = 1L;

    /** What answers a call to the fund: may refuse a step ({@link IllegalStateException}) or a value. */
    @FunctionalInterface
    interface Step {
        Object handle(Call call) throws Problem, IOException, SQLException, Incomplete;
    }

    /** A proposal that cannot be submitted yet, as a problem with the reasons one by one for a form. */
    record Missing(String type, String title, int status, String detail, String instance,
            java.util.List<String> reasons, java.util.List<String> fields) {
    }

    private final transient Calls calls;
    private final transient Proposals proposals;

    FundResource(AccessControl access, Calls calls, Proposals proposals) {
        super(access);
        this.calls = calls;
        this.proposals = proposals;
    }

    /** Declares a route whose refusals of the fund's rules become problems. */
    final void route(String method, String template, Role role, Step step) {
        routeAny(method, template, role == null ? Set.of() : Set.of(role), step);
    }

    /** Declares a route for callers with any of the roles (none: everyone). */
    final void routeAny(String method, String template, Set<Role> anyOf, Step step) {
        handleAny(method, template, anyOf, call -> {
            try {
                return step.handle(call);
            } catch (Incomplete e) {
                call.status(400);
                return new Representation(PROBLEM_JSON, Json.writer().writeValueAsString(new Missing("about:blank",
                        "Incomplete", 400, e.getMessage(), call.request().getRequestURI(), e.reasons(), e.fields())));
            } catch (IllegalStateException e) {
                throw new Problem(409, "Conflict", e.getMessage());
            } catch (IllegalArgumentException e) {
                throw Problem.badRequest(e.getMessage());
            }
        });
    }

    /** The tenant's call with the id in the path, or 404. */
    final FundingCall call(String tenant, Call call) throws Problem, SQLException {
        return calls.find(tenant, call.number("call")).orElseThrow(() -> Problem.notFound("No such call."));
    }

    /** The tenant's proposal with the id in the path, or 404. */
    final Proposal proposal(String tenant, Call call) throws Problem, SQLException {
        return proposals.find(tenant, call.number("id")).orElseThrow(() -> Problem.notFound("No such proposal."));
    }

    /** The call a proposal answers. */
    final FundingCall callOf(String tenant, Proposal proposal) throws SQLException {
        return calls.find(tenant, proposal.call()).orElseThrow();
    }

    /**
     * Whether the caller may act for the proposal: the fund's staff, or its applicant (anonymous, with
     * the proposal's token in header {@code X-Proposal-Token}).
     */
    final boolean staffOrApplicant(Call call, Proposal proposal) throws SQLException {
        return call.caller().has(Role.OPERATOR) || call.caller().isAnonymous() && proposals.tokenMatches(
                tenant(call), proposal.id(), call.request().getHeader(Readers.TOKEN));
    }

    /**
     * Routes for the tenant's users who read: jury members (role reader) and the fund's staff (role
     * operator, which does not hold the role reader). Others: 401 without login, 403 (audited).
     */
    final void member(String method, String template, Step step) {
        routeAny(method, template, Set.of(Role.READER, Role.OPERATOR), step);
    }

    /** The tenant of the caller, or for anonymous callers the one whose open call is public. */
    final String tenant(Call call) {
        return call.tenantOr(calls.openTenant());
    }
}
