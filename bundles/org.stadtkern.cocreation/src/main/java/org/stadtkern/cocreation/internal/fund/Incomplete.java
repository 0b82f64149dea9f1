package org.stadtkern.cocreation.internal.fund;

import java.util.List;

/** A proposal that cannot be submitted yet, with every reason as a sentence for the applicant. */
public final class Incomplete extends Exception {

    private static final long serialVersionUID = 1L;

    private final List<String> reasons;

    public Incomplete(List<String> reasons) {
        super(String.join(" ", reasons));
        this.reasons = List.copyOf(reasons);
    }

    /** The reasons, one sentence each. */
    public List<String> reasons() {
        return reasons;
    }
}
