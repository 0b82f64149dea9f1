package org.stadtkern.cocreation.internal.fund;

/**
 * A jury member's score of one criterion for one proposal.
 *
 * @param criterion the scored criterion's id
 * @param score from 0 to the call's top score
 * @param comment why, for the jury's discussion (internal)
 */
public record Score(long criterion, int score, String comment) {

    public Score {
        comment = Amounts.text("comment", comment, 2000);
    }
}
