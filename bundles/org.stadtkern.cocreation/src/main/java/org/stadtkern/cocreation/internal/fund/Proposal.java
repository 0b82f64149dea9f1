package org.stadtkern.cocreation.internal.fund;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * A proposal as stored.
 *
 * @param id assigned by the database
 * @param call the call it answers
 * @param state where it stands
 * @param version 1 for the first submitted text, one more for each amendment
 * @param content what the applicant wrote (with the applicant's personal data)
 * @param requested the total of its cost plan
 * @param created when it was first saved
 * @param submitted when it was submitted, or {@code null} for a draft
 */
public record Proposal(long id, long call, State state, int version, ProposalInput content, BigDecimal requested,
        Instant created, Instant submitted) {
}
