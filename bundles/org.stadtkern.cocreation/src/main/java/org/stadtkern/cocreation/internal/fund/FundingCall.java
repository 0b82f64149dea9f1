package org.stadtkern.cocreation.internal.fund;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * A call for proposals as stored.
 *
 * @param id assigned by the database
 * @param name the round
 * @param fund what the round can award
 * @param cap the most per project
 * @param submissionDeadline the last day to submit
 * @param juryDeadline the last day of the jury's review
 * @param decisionDeadline the day by which the funder decides
 * @param implementationMonths how long a project runs
 * @param scoreMax the top of the score scale (scores run from 0)
 * @param criteria eligibility and scored criteria, in the order given
 */
public record FundingCall(long id, String name, BigDecimal fund, BigDecimal cap, LocalDate submissionDeadline,
        LocalDate juryDeadline, LocalDate decisionDeadline, int implementationMonths, int scoreMax,
        List<Criterion> criteria) {

    /** The scored criteria. */
    public List<Criterion> scoring() {
        return criteria.stream().filter(criterion -> !criterion.eligibility()).toList();
    }

    /** The pass/fail criteria. */
    public List<Criterion> eligibility() {
        return criteria.stream().filter(Criterion::eligibility).toList();
    }
}
