package org.stadtkern.cocreation.internal.http;

import java.sql.SQLException;

import org.stadtkern.cocreation.internal.CocreationMeasure;
import org.stadtkern.cocreation.internal.fund.Proposal;
import org.stadtkern.cocreation.internal.store.Proposals;
import org.stadtkern.cocreation.internal.store.Reviews;
import org.stadtkern.core.api.access.AccessControl;
import org.stadtkern.core.api.access.Caller;
import org.stadtkern.core.api.access.Role;
import org.stadtkern.core.api.http.Call;
import org.stadtkern.core.api.http.Problem;

/** Who reads a proposal, and so how much of it; everyone else gets 404, as for an id that does not exist. */
final class Readers {

    /** The header that carries an applicant's token. */
    static final String TOKEN = "X-Proposal-Token";

    /** The kinds of reader. */
    enum Kind {
        /** The applicant, with the proposal's token: everything. */
        APPLICANT,
        /** The fund's staff without a grant for the applicants' data: the applicant's type only. */
        STAFF,
        /** The fund's staff with a grant and the purpose declared: everything. */
        STAFF_WITH_APPLICANTS,
        /** A jury member assigned the proposal: the applicant's name and type, no contact. */
        JURY
    }

    private final AccessControl access;
    private final Proposals proposals;
    private final Reviews reviews;

    Readers(AccessControl access, Proposals proposals, Reviews reviews) {
        this.access = access;
        this.proposals = proposals;
        this.reviews = reviews;
    }

    /** How much of the proposal the caller of the tenant may see; 404 for those who may see nothing. */
    Kind of(Call call, String tenant, Proposal proposal) throws Problem, SQLException {
        Caller caller = call.caller();
        if (caller.isAnonymous()) {
            if (proposals.tokenMatches(tenant, proposal.id(), call.request().getHeader(TOKEN))) {
                return Kind.APPLICANT;
            }
        } else if (caller.has(Role.OPERATOR)) {
            return access.readable(caller).allows(caller.tenant(), CocreationMeasure.APPLICANTS)
                    ? Kind.STAFF_WITH_APPLICANTS : Kind.STAFF;
        } else if (proposal.state().ranked() && reviews.assignment(proposal.id(), caller.user()).isPresent()) {
            return Kind.JURY;
        }
        throw Problem.notFound("No such proposal.");
    }
}
