package org.stadtkern.platform.internal;

/** Input that is not a valid observation; the message is the reason given to the sender. */
public final class RejectedInput extends Exception {

    private static final long serialVersionUID = 1L;

    public RejectedInput(String reason) {
        super(reason, null, false, false);
    }
}
