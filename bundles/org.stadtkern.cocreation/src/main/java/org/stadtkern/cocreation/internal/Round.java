package org.stadtkern.cocreation.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.stadtkern.cocreation.internal.fund.CallSpec;
import org.stadtkern.cocreation.internal.fund.JuryMember;
import org.stadtkern.cocreation.internal.fund.ProposalInput;

/**
 * A whole round as data ({@link org.stadtkern.cocreation.api.FundSetup#playRound}).
 *
 * @param call the call as opened
 * @param jury its members
 * @param proposals what was submitted, with what became of it
 * @param starts the day the approved projects started
 * @param advance the share of the approved amount paid at the start (0 to 1)
 */
public record Round(CallSpec call, List<JuryMember> jury, List<Entry> proposals, LocalDate starts,
        BigDecimal advance) {

    /**
     * One proposal of the round.
     *
     * @param proposal as submitted
     * @param eligible whether it passed every eligibility criterion
     * @param note why it failed, for one that did not
     * @param conflicts the jury members who declared a conflict of interest with it
     * @param scores per jury member (in the order of {@code jury}) the score per scored criterion (in the
     *        call's order); ignored for members with a conflict
     */
    public record Entry(ProposalInput proposal, boolean eligible, String note, List<String> conflicts,
            List<List<Integer>> scores) {

        public Entry {
            conflicts = conflicts == null ? List.of() : List.copyOf(conflicts);
            scores = scores == null ? List.of() : List.copyOf(scores);
        }
    }

    public Round {
        if (call == null || jury == null || proposals == null || starts == null) {
            throw new IllegalArgumentException("A round needs call, jury, proposals and starts.");
        }
        advance = advance == null ? BigDecimal.ZERO : advance;
        if (advance.signum() < 0 || advance.compareTo(BigDecimal.ONE) > 0) {
            throw new IllegalArgumentException("advance is a share from 0 to 1.");
        }
    }
}
