package org.stadtkern.cocreation.internal.store;

import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.stadtkern.cocreation.internal.fund.FundingCall;
import org.stadtkern.cocreation.internal.fund.Incomplete;
import org.stadtkern.cocreation.internal.fund.Proposal;
import org.stadtkern.cocreation.internal.fund.ProposalInput;
import org.stadtkern.cocreation.internal.fund.State;
import org.stadtkern.cocreation.internal.fund.Transition;
import org.stadtkern.core.api.measure.Jdbc;
import org.stadtkern.core.api.measure.Secrets;

/**
 * The proposals of each tenant: saved as drafts, submitted (frozen as version 1), amended as new
 * versions before the jury sees them, moved through their states with every transition recorded.
 * A state changes only from the state it was read in (compare and set), so two people acting at once
 * cannot both succeed.
 */
@Component(service = Proposals.class)
public final class Proposals {

    static final String COLUMNS = "id, call_id, state, version, applicant_type, applicant_name, legal_form, "
            + "email, phone, co_applicants, title, summary, description, district, tools, cost_plan, milestones, "
            + "consent, requested, created, submitted";

    private final Jdbc jdbc;

    /**
     * A saved proposal and the secret its applicant keeps to edit, submit or withdraw it.
     *
     * @param proposal as stored
     * @param token shown once; {@code null} when the fund's staff entered the proposal
     */
    public record Saved(Proposal proposal, String token) {
    }

    @Activate
    public Proposals(@Reference(target = "(" + Jdbc.SCHEMA + "=cocreation)") Jdbc jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Saves a new proposal for the call, as a draft or submitted at once.
     *
     * @param withToken whether the applicant gets a secret to act on it later (anonymous applicants)
     * @throws Incomplete when it is to be submitted and something is missing
     */
    public Saved create(String tenant, FundingCall call, ProposalInput input, String actor, boolean submit,
            boolean withToken) throws SQLException, Incomplete {
        if (submit) {
            complete(call, input);
        }
        String token = withToken ? Secrets.token() : null;
        Instant now = now();
        State state = submit ? State.SUBMITTED : State.DRAFT;
        long id = jdbc.transaction(tx -> {
            long key = tx.insert("insert into cocreation_proposals (tenant, call_id, state, version, applicant_type, "
                    + "applicant_name, legal_form, email, phone, co_applicants, title, summary, description, district, "
                    + "tools, cost_plan, milestones, requested, consent, token_hash, created, submitted) "
                    + "values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    ProposalRows.content(tenant, call.id(), state, input,
                            token == null ? null : Secrets.hash(token), now));
            record(tx, key, null, State.DRAFT, actor, null, now);
            if (submit) {
                record(tx, key, State.DRAFT, State.SUBMITTED, actor, null, now);
                version(tx, key, 1, input, actor, now);
            }
            return key;
        });
        return new Saved(find(tenant, id).orElseThrow(), token);
    }

    /**
     * Replaces a draft's text, or amends a submitted proposal before the jury sees it (a new version;
     * the earlier ones stay as they were).
     *
     * @throws IllegalStateException when the proposal is past the eligibility check
     * @throws Incomplete when an amendment leaves something a submission needs missing
     */
    public Proposal edit(String tenant, FundingCall call, Proposal proposal, ProposalInput input, String actor)
            throws SQLException, Incomplete {
        boolean amendment = proposal.state() != State.DRAFT;
        if (amendment && proposal.state() != State.SUBMITTED && proposal.state() != State.ELIGIBILITY_CHECK) {
            throw new IllegalStateException("A proposal in state " + proposal.state().id()
                    + " is frozen; it can be amended only until the eligibility check is done.");
        }
        if (amendment) {
            complete(call, input);
        }
        Instant now = now();
        int version = amendment ? proposal.version() + 1 : 0;
        jdbc.transaction(tx -> {
            int changed = tx.update("update cocreation_proposals set version = ?, applicant_type = ?, "
                    + "applicant_name = ?, legal_form = ?, email = ?, phone = ?, co_applicants = ?, title = ?, "
                    + "summary = ?, description = ?, "
                    + "district = ?, tools = ?, cost_plan = ?, milestones = ?, requested = ?, consent = ? "
                    + "where tenant = ? and id = ? and state = ? and version = ?", ProposalRows.edited(version, input,
                            tenant, proposal));
            if (changed != 1) {
                throw new IllegalStateException("The proposal changed meanwhile; read it again.");
            }
            if (amendment) {
                version(tx, proposal.id(), version, input, actor, now);
            }
            return null;
        });
        return find(tenant, proposal.id()).orElseThrow();
    }

    /**
     * Moves a proposal to another state and records who did it and why.
     *
     * @throws IllegalStateException when the change is not allowed (with the states possible), or the
     *         proposal changed meanwhile
     */
    public Proposal move(String tenant, FundingCall call, Proposal proposal, State to, String actor, String reason)
            throws SQLException, Incomplete {
        proposal.state().check(to, reason);
        if (to == State.APPROVED || to == State.IN_IMPLEMENTATION) {
            throw new IllegalStateException("A proposal becomes " + to.id() + " through the funder's decision "
                    + "and the project's start, not directly.");
        }
        if (to == State.REJECTED && proposal.state() == State.FUNDER_REVIEW) {
            throw new IllegalStateException("In funder review a proposal is rejected through the funder's decision.");
        }
        if (to == State.SUBMITTED) {
            complete(call, proposal.content());
        }
        jdbc.transaction(tx -> {
            if (to == State.JURY_REVIEW) {
                Eligibility.passed(tx, call, proposal.id());
            }
            move(tx, proposal, to, actor, reason);
            if (to == State.SUBMITTED) {
                version(tx, proposal.id(), 1, proposal.content(), actor, now());
                tx.update("update cocreation_proposals set version = 1, submitted = ? where id = ?",
                        Timestamp.from(now()), proposal.id());
            }
            return null;
        });
        return find(tenant, proposal.id()).orElseThrow();
    }

    /** Changes the state in a transaction, compare and set, with its record. */
    static void move(Jdbc tx, Proposal proposal, State to, String actor, String reason) throws SQLException {
        proposal.state().check(to, reason);
        Instant now = now();
        int changed = tx.update("update cocreation_proposals set state = ?, closed = ? where id = ? and state = ?",
                to.id(), to.next().isEmpty() ? Timestamp.from(now) : null, proposal.id(), proposal.state().id());
        if (changed != 1) {
            throw new IllegalStateException("The proposal changed meanwhile; read it again.");
        }
        record(tx, proposal.id(), proposal.state(), to, actor, reason, now);
    }

    /** The tenant's proposal. */
    public Optional<Proposal> find(String tenant, long id) throws SQLException {
        return jdbc.first("select " + COLUMNS + " from cocreation_proposals where tenant = ? and id = ?",
                ProposalRows::proposal, tenant, id);
    }

    /** The proposals of a call, optionally in one state, by id. */
    public List<Proposal> list(String tenant, long call, State state) throws SQLException {
        return state == null
                ? jdbc.query("select " + COLUMNS + " from cocreation_proposals where tenant = ? and call_id = ? "
                        + "order by id", ProposalRows::proposal, tenant, call)
                : jdbc.query("select " + COLUMNS + " from cocreation_proposals where tenant = ? and call_id = ? "
                        + "and state = ? order by id", ProposalRows::proposal, tenant, call, state.id());
    }

    /** The funded proposals of every call of the tenant (the public list), by id. */
    public List<Proposal> funded(String tenant) throws SQLException {
        return jdbc.query("select " + COLUMNS + " from cocreation_proposals where tenant = ? and state in "
                + "('approved', 'in-implementation', 'reported', 'closed') order by call_id, id",
                ProposalRows::proposal, tenant);
    }

    /** The states a proposal went through, oldest first. */
    public List<Transition> history(long proposal) throws SQLException {
        return jdbc.query("select from_state, to_state, actor, reason, at from cocreation_transitions "
                + "where proposal_id = ? order by seq", row -> new Transition(
                        row.getString(1) == null ? null : State.of(row.getString(1)).orElseThrow(),
                        State.of(row.getString(2)).orElseThrow(), row.getString(3), row.getString(4),
                        row.getTimestamp(5).toInstant()), proposal);
    }

    /** Whether the token is the secret handed out for this proposal. */
    public boolean tokenMatches(String tenant, long id, String token) throws SQLException {
        if (token == null || token.length() > 100) {
            return false;
        }
        Optional<String> stored = jdbc.first("select token_hash from cocreation_proposals where tenant = ? and id = ? "
                + "and token_hash is not null", row -> row.getString(1), tenant, id);
        return stored.isPresent() && Secrets.matches(stored.get(), token);
    }

    private static void complete(FundingCall call, ProposalInput input) throws Incomplete {
        List<ProposalInput.Gap> missing = input.missingForSubmission(call.cap());
        if (!missing.isEmpty()) {
            throw new Incomplete(missing);
        }
    }

    private static void record(Jdbc tx, long proposal, State from, State to, String actor, String reason, Instant at)
            throws SQLException {
        tx.insert("insert into cocreation_transitions (proposal_id, from_state, to_state, actor, reason, at) "
                + "values (?, ?, ?, ?, ?, ?)", proposal, from == null ? null : from.id(), to.id(), actor,
                reason == null ? null : reason.strip(), Timestamp.from(at));
    }

    private static void version(Jdbc tx, long proposal, int version, ProposalInput input, String actor, Instant at)
            throws SQLException {
        tx.update("insert into cocreation_versions (proposal_id, version, content, at, actor) values (?, ?, ?, ?, ?)",
                proposal, version, ProposalRows.json(input), Timestamp.from(at), actor);
    }

    private static Instant now() {
        return Instant.now().truncatedTo(ChronoUnit.MILLIS);
    }
}
