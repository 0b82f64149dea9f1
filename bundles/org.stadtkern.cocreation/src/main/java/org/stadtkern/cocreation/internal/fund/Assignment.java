package org.stadtkern.cocreation.internal.fund;

/**
 * A jury member assigned to a proposal and what they declared.
 *
 * @param proposal the proposal's id
 * @param member the member's user name
 * @param conflict {@code null} until declared; {@code true} when the member has a conflict of interest
 *        (then their scores never count)
 * @param note what the member said about the conflict
 * @param scored how many criteria the member has scored
 */
public record Assignment(long proposal, String member, Boolean conflict, String note, int scored) {

    /** Whether the member has still something to do for this proposal, given the number of criteria. */
    public boolean open(int criteria) {
        return conflict == null || (!conflict && scored < criteria);
    }
}
