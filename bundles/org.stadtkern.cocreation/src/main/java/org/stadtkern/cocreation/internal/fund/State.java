package org.stadtkern.cocreation.internal.fund;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * The states of a proposal, from draft to closed, and which state may follow which. A proposal can be
 * withdrawn at any time before it is approved; rejected, withdrawn and closed are final.
 */
public enum State {
    DRAFT, SUBMITTED, ELIGIBILITY_CHECK, JURY_REVIEW, SHORTLISTED, FUNDER_REVIEW, APPROVED, REJECTED,
    IN_IMPLEMENTATION, REPORTED, CLOSED, WITHDRAWN;

    /** The states that may follow this one. */
    public Set<State> next() {
        return switch (this) {
            case DRAFT -> EnumSet.of(SUBMITTED, WITHDRAWN);
            case SUBMITTED -> EnumSet.of(ELIGIBILITY_CHECK, WITHDRAWN);
            case ELIGIBILITY_CHECK -> EnumSet.of(JURY_REVIEW, REJECTED, WITHDRAWN);
            case JURY_REVIEW -> EnumSet.of(SHORTLISTED, REJECTED, WITHDRAWN);
            case SHORTLISTED -> EnumSet.of(FUNDER_REVIEW, REJECTED, WITHDRAWN);
            case FUNDER_REVIEW -> EnumSet.of(APPROVED, REJECTED, WITHDRAWN);
            case APPROVED -> EnumSet.of(IN_IMPLEMENTATION);
            case IN_IMPLEMENTATION -> EnumSet.of(REPORTED);
            case REPORTED -> EnumSet.of(CLOSED);
            case REJECTED, CLOSED, WITHDRAWN -> EnumSet.noneOf(State.class);
        };
    }

    /** The name in the API and on the console: lower case with hyphens, such as {@code jury-review}. */
    public String id() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** The state with this API name. */
    public static Optional<State> of(String id) {
        return Arrays.stream(values()).filter(state -> state.id().equals(id)).findFirst();
    }

    /** Whether the proposal was approved for funding (its project is public). */
    public boolean funded() {
        return this == APPROVED || this == IN_IMPLEMENTATION || this == REPORTED || this == CLOSED;
    }

    /** Whether the proposal has been with the jury and is still in the race (ranked). */
    public boolean ranked() {
        return this == JURY_REVIEW || this == SHORTLISTED || this == FUNDER_REVIEW || funded();
    }

    /**
     * Checks a change of state.
     *
     * @param to the state asked for
     * @param reason why, as the actor gave it (required for a rejection and a withdrawal)
     * @throws IllegalStateException with a message for the actor when the change is not allowed
     */
    public void check(State to, String reason) {
        if (!next().contains(to)) {
            String allowed = next().isEmpty() ? "none, it is final" : String.join(", ",
                    next().stream().map(State::id).toList());
            throw new IllegalStateException("A proposal in state " + id() + " cannot become " + to.id()
                    + "; possible: " + allowed + ".");
        }
        if ((to == REJECTED || to == WITHDRAWN) && (reason == null || reason.isBlank())) {
            throw new IllegalStateException("A proposal becomes " + to.id() + " only with a reason.");
        }
    }
}
