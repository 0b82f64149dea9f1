package org.stadtkern.cocreation.internal.store;

import java.math.BigDecimal;
import java.sql.Date;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.stadtkern.cocreation.internal.fund.Amounts;
import org.stadtkern.cocreation.internal.fund.Decision;
import org.stadtkern.cocreation.internal.fund.FundingCall;
import org.stadtkern.cocreation.internal.fund.Project;
import org.stadtkern.cocreation.internal.fund.Proposal;
import org.stadtkern.cocreation.internal.fund.ProposalInput;
import org.stadtkern.cocreation.internal.fund.State;
import org.stadtkern.core.api.measure.Jdbc;

/**
 * The funder's decisions and the funded projects: the start (end date = start + the call's
 * implementation period, milestones from the proposal's plan), milestones done, reports, and payments
 * that together never exceed the approved amount (checked in the transaction that stores them, with
 * the proposal's row locked).
 */
@Component(service = Projects.class)
public final class Projects {

    private final Jdbc jdbc;

    @Activate
    public Projects(@Reference(target = "(" + Jdbc.SCHEMA + "=cocreation)") Jdbc jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Records the funder's decision on a proposal in funder review and moves it to approved or rejected.
     *
     * @throws IllegalStateException when the amount is above the request or the cap, or the approvals of the
     *         call would exceed its fund
     */
    public void decide(FundingCall call, Proposal proposal, Decision decision, String actor) throws SQLException {
        if (proposal.state() != State.FUNDER_REVIEW) {
            throw new IllegalStateException("The funder decides on proposals in funder review; this one is "
                    + proposal.state().id() + ".");
        }
        if (decision.approved() && decision.amount().compareTo(proposal.requested().min(call.cap())) > 0) {
            throw new IllegalStateException("The approved amount cannot exceed the request ("
                    + proposal.requested().toPlainString() + " EUR) or the cap (" + call.cap().toPlainString()
                    + " EUR).");
        }
        jdbc.transaction(tx -> {
            tx.first("select id from cocreation_calls where id = ? for update", row -> 1, call.id());
            if (decision.approved()) {
                BigDecimal approved = tx.first("select coalesce(sum(d.amount), 0) from cocreation_decisions d join "
                        + "cocreation_proposals p on p.id = d.proposal_id where p.call_id = ? and d.approved = true",
                        row -> row.getBigDecimal(1), call.id()).orElse(BigDecimal.ZERO);
                if (approved.add(decision.amount()).compareTo(call.fund()) > 0) {
                    throw new IllegalStateException("The fund has " + call.fund().subtract(approved).toPlainString()
                            + " EUR left; " + decision.amount().toPlainString() + " EUR do not fit.");
                }
            }
            tx.update("insert into cocreation_decisions (proposal_id, approved, amount, conditions, actor, at) "
                    + "values (?, ?, ?, ?, ?, ?)", proposal.id(), decision.approved(),
                    decision.approved() ? decision.amount() : null, decision.conditions(), actor,
                    Timestamp.from(Instant.now()));
            Proposals.move(tx, proposal, decision.approved() ? State.APPROVED : State.REJECTED, actor,
                    decision.approved() ? "approved: " + decision.amount().toPlainString() + " EUR"
                            : decision.conditions());
            return null;
        });
    }

    /** Starts an approved project on the day given: its end date and its milestones from the plan. */
    public void start(FundingCall call, Proposal proposal, LocalDate starts, String actor) throws SQLException {
        if (proposal.state() != State.APPROVED) {
            throw new IllegalStateException("A project starts once approved; this one is " + proposal.state().id()
                    + ".");
        }
        LocalDate ends = starts.plusMonths(call.implementationMonths()).minusDays(1);
        jdbc.transaction(tx -> {
            tx.update("update cocreation_decisions set starts = ?, ends = ? where proposal_id = ?",
                    Date.valueOf(starts), Date.valueOf(ends), proposal.id());
            for (ProposalInput.PlannedMilestone planned : proposal.content().milestones()) {
                LocalDate due = starts.plusMonths(Math.min(planned.month(), call.implementationMonths())).minusDays(1);
                tx.insert("insert into cocreation_milestones (proposal_id, title, due) values (?, ?, ?)",
                        proposal.id(), planned.title(), Date.valueOf(due));
            }
            Proposals.move(tx, proposal, State.IN_IMPLEMENTATION, actor, "started " + starts);
            return null;
        });
    }

    /** Marks a milestone of a project in implementation done on the day given. */
    public void done(Proposal proposal, long milestone, LocalDate on) throws SQLException {
        if (proposal.state() != State.IN_IMPLEMENTATION) {
            throw new IllegalStateException("Milestones are done while the project is in implementation.");
        }
        if (jdbc.update("update cocreation_milestones set done = ? where proposal_id = ? and id = ?", Date.valueOf(on),
                proposal.id(), milestone) != 1) {
            throw new IllegalArgumentException("The project has no milestone " + milestone + ".");
        }
    }

    /** Stores a progress report of a project in implementation or reported. */
    public long report(Proposal proposal, String text, String actor) throws SQLException {
        if (proposal.state() != State.IN_IMPLEMENTATION && proposal.state() != State.REPORTED) {
            throw new IllegalStateException("Reports are written while the project runs.");
        }
        String checked = Amounts.text("text", text, 20_000);
        if (checked == null) {
            throw new IllegalArgumentException("text is required.");
        }
        return jdbc.insert("insert into cocreation_reports (proposal_id, text, actor, at) values (?, ?, ?, ?)",
                proposal.id(), checked, actor, Timestamp.from(Instant.now()));
    }

    /**
     * Requests a payment for a project in implementation.
     *
     * @throws IllegalStateException when it and the payments paid or requested before would exceed the
     *         approved amount
     */
    public long request(Proposal proposal, BigDecimal amount, String purpose) throws SQLException {
        if (proposal.state() != State.IN_IMPLEMENTATION && proposal.state() != State.REPORTED) {
            throw new IllegalStateException("Payments are requested while the project runs.");
        }
        BigDecimal checked = Amounts.checked("amount", amount);
        String why = Amounts.text("purpose", purpose, 500);
        if (checked.signum() <= 0 || why == null) {
            throw new IllegalArgumentException("A payment needs an amount above 0 and its purpose.");
        }
        return jdbc.transaction(tx -> {
            BigDecimal approved = tx.first("select amount from cocreation_decisions where proposal_id = ? "
                    + "for update", row -> row.getBigDecimal(1),
                    proposal.id()).orElseThrow();
            BigDecimal committed = tx.first("select coalesce(sum(amount), 0) from cocreation_payments where "
                    + "proposal_id = ? and state <> 'refused'", row -> row.getBigDecimal(1), proposal.id())
                    .orElse(BigDecimal.ZERO);
            if (committed.add(checked).compareTo(approved) > 0) {
                throw new IllegalStateException("Paid and requested together would be "
                        + committed.add(checked).toPlainString() + " EUR, more than the "
                        + approved.toPlainString() + " EUR approved.");
            }
            return tx.insert("insert into cocreation_payments (proposal_id, amount, purpose, state, requested) "
                    + "values (?, ?, ?, 'requested', ?)", proposal.id(), checked, why, Timestamp.from(Instant.now()));
        });
    }

    /** Settles a requested payment: paid or refused. */
    public void settle(Proposal proposal, long payment, boolean paid) throws SQLException {
        if (jdbc.update("update cocreation_payments set state = ?, settled = ? where proposal_id = ? and id = ? and "
                + "state = 'requested'", paid ? "paid" : "refused", Timestamp.from(Instant.now()), proposal.id(),
                payment) != 1) {
            throw new IllegalStateException("The project has no requested payment " + payment + ".");
        }
    }

    /** The project of a funded proposal, with what is overdue on the day given. */
    public Optional<Project> project(Proposal proposal, LocalDate today) throws SQLException {
        if (!proposal.state().funded()) {
            return Optional.empty();
        }
        List<Project.Milestone> milestones = jdbc.query("select id, title, due, done from cocreation_milestones "
                + "where proposal_id = ? order by due, id", row -> new Project.Milestone(row.getLong(1),
                        row.getString(2), row.getDate(3).toLocalDate(),
                        row.getDate(4) == null ? null : row.getDate(4).toLocalDate()), proposal.id());
        List<Project.Payment> payments = jdbc.query("select id, amount, purpose, state from cocreation_payments "
                + "where proposal_id = ? order by id", row -> new Project.Payment(row.getLong(1),
                        row.getBigDecimal(2), row.getString(3), row.getString(4)), proposal.id());
        BigDecimal paid = payments.stream().filter(p -> "paid".equals(p.state())).map(Project.Payment::amount)
                .reduce(BigDecimal.ZERO.setScale(2), BigDecimal::add);
        return jdbc.first("select amount, conditions, starts, ends from cocreation_decisions where proposal_id = ?",
                row -> {
                    LocalDate starts = row.getDate(3) == null ? null : row.getDate(3).toLocalDate();
                    LocalDate ends = row.getDate(4) == null ? null : row.getDate(4).toLocalDate();
                    List<String> overdue = new ArrayList<>();
                    if (proposal.state() == State.IN_IMPLEMENTATION) {
                        milestones.stream().filter(m -> m.done() == null && m.due().isBefore(today))
                                .forEach(m -> overdue.add(m.title()));
                        if (ends != null && ends.isBefore(today)) {
                            overdue.add("end date passed without a final report");
                        }
                    }
                    return new Project(proposal.id(), row.getBigDecimal(1), row.getString(2), starts, ends,
                            milestones, payments, paid, overdue);
                }, proposal.id());
    }

    /** The approved amount of a funded proposal, for the public list. */
    public Optional<BigDecimal> approved(long proposal) throws SQLException {
        return jdbc.first("select amount from cocreation_decisions where proposal_id = ? and approved = true",
                row -> row.getBigDecimal(1), proposal);
    }
}
