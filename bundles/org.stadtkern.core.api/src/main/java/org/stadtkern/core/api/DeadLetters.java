package org.stadtkern.core.api;

/**
 * The core's dead-letter store: input a route cannot accept is recorded there with the reason,
 * and the route goes on with the next message. Routes use it through
 * {@link org.stadtkern.core.api.measure.ErrorPolicy#apply}, which keeps failures of the runtime
 * itself out of it; or send to {@link #ENDPOINT} with the {@link #REASON} header set.
 */
public final class DeadLetters {

    /** Endpoint that records the current message as a dead letter. */
    public static final String ENDPOINT = "direct:core.dead-letter";

    /** Header with the reason; when absent, the message of the exception caught is used. */
    public static final String REASON = "StadtkernDeadLetterReason";

    private DeadLetters() {
    }
}
