package org.stadtkern.cocreation.internal.fund;

import java.time.Instant;

/**
 * A recorded change of a proposal's state.
 *
 * @param from the state before, {@code null} for the first save
 * @param to the state after
 * @param actor who changed it (user@tenant, console:user, or "applicant")
 * @param reason why, as given
 * @param at when
 */
public record Transition(State from, State to, String actor, String reason, Instant at) {
}
