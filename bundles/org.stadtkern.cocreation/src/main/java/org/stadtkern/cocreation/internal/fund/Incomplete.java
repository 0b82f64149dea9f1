package org.stadtkern.cocreation.internal.fund;

import java.util.List;

/** A proposal that cannot be submitted yet, with every gap: its field and a sentence for the applicant. */
public final class Incomplete extends Exception {

    private static final long serialVersionUID = 1L;

    private final transient List<ProposalInput.Gap> gaps;

    public Incomplete(List<ProposalInput.Gap> gaps) {
        super(String.join(" ", gaps.stream().map(ProposalInput.Gap::reason).toList()));
        this.gaps = List.copyOf(gaps);
    }

    /** The reasons, one sentence each. */
    public List<String> reasons() {
        return gaps.stream().map(ProposalInput.Gap::reason).toList();
    }

    /** The fields the reasons concern, in the same order. */
    public List<String> fields() {
        return gaps.stream().map(ProposalInput.Gap::field).toList();
    }
}
