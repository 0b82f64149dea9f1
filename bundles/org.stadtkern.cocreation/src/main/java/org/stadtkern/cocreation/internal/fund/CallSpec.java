package org.stadtkern.cocreation.internal.fund;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * A call for proposals as the fund's staff opens it (bound strictly; each field checked with a reason).
 *
 * @param name the round, such as "Smart-City-Fonds 2026"
 * @param fund the total the round can award
 * @param cap the most one project may get; {@code null} for the configured default
 * @param submissionDeadline the last day to submit
 * @param juryDeadline the last day of the jury's review
 * @param decisionDeadline the day by which the funder decides
 * @param implementationMonths how long a project runs from its start; {@code null} for the default
 * @param scoreMax the top of the score scale (scores run from 0); {@code null} for the default
 * @param eligibility the pass/fail criteria
 * @param criteria the scored criteria with their weights
 */
public record CallSpec(String name, BigDecimal fund, BigDecimal cap, LocalDate submissionDeadline,
        LocalDate juryDeadline, LocalDate decisionDeadline, Integer implementationMonths, Integer scoreMax,
        List<String> eligibility, List<Weighted> criteria) {

    /**
     * A scored criterion.
     *
     * @param name what is judged
     * @param weight how much it counts, more than 0 and at most 100
     */
    public record Weighted(String name, BigDecimal weight) {

        public Weighted {
            name = required("criterion name", Amounts.text("criterion name", name, 200));
            if (weight == null || weight.signum() <= 0 || weight.compareTo(BigDecimal.valueOf(100)) > 0
                    || weight.stripTrailingZeros().scale() > 2) {
                throw new IllegalArgumentException("The weight of '" + name
                        + "' must be more than 0 and at most 100, with at most two decimals.");
            }
        }
    }

    public CallSpec {
        name = required("name", Amounts.text("name", name, 200));
        fund = Amounts.checked("fund", fund);
        cap = cap == null ? null : Amounts.checked("cap", cap);
        if (submissionDeadline == null || juryDeadline == null || decisionDeadline == null) {
            throw new IllegalArgumentException("submissionDeadline, juryDeadline and decisionDeadline are required.");
        }
        if (juryDeadline.isBefore(submissionDeadline) || decisionDeadline.isBefore(juryDeadline)) {
            throw new IllegalArgumentException("The deadlines must follow each other: submission, jury, decision.");
        }
        if (implementationMonths != null && (implementationMonths < 1 || implementationMonths > 60)) {
            throw new IllegalArgumentException("implementationMonths must be from 1 to 60.");
        }
        if (scoreMax != null && (scoreMax < 1 || scoreMax > 100)) {
            throw new IllegalArgumentException("scoreMax must be from 1 to 100.");
        }
        eligibility = eligibility == null ? List.of() : List.copyOf(eligibility);
        criteria = criteria == null ? List.of() : List.copyOf(criteria);
        if (criteria.isEmpty() || criteria.size() > 20 || eligibility.size() > 20) {
            throw new IllegalArgumentException("A call has 1 to 20 scored criteria and at most 20 eligibility "
                    + "criteria.");
        }
        for (String criterion : eligibility) {
            required("eligibility criterion", Amounts.text("eligibility criterion", criterion, 200));
        }
    }

    static String required(String what, String value) {
        if (value == null) {
            throw new IllegalArgumentException(what + " is required.");
        }
        return value;
    }
}
