package org.stadtkern.cocreation.internal.fund;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * A funded proposal being implemented.
 *
 * @param proposal the proposal's id
 * @param approved the approved amount
 * @param conditions the funder's conditions
 * @param starts the first day of the implementation, {@code null} before it starts
 * @param ends the last day: the start plus the call's implementation period
 * @param milestones with due and done dates
 * @param payments requested, paid or refused
 * @param paid the sum paid out
 * @param overdue the titles of milestones past due and not done, and "end date passed" when the project
 *        has not reported by its end
 */
public record Project(long proposal, BigDecimal approved, String conditions, LocalDate starts, LocalDate ends,
        List<Milestone> milestones, List<Payment> payments, BigDecimal paid, List<String> overdue) {

    /**
     * A milestone of a project.
     *
     * @param id assigned by the database
     * @param title what is done
     * @param due by when
     * @param done when it was done, or {@code null}
     */
    public record Milestone(long id, String title, LocalDate due, LocalDate done) {
    }

    /**
     * A payment of a project.
     *
     * @param id assigned by the database
     * @param amount in euros
     * @param purpose what it pays for
     * @param state requested, paid or refused
     */
    public record Payment(long id, BigDecimal amount, String purpose, String state) {
    }
}
