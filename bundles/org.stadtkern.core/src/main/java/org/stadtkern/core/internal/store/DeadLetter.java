package org.stadtkern.core.internal.store;

import java.time.OffsetDateTime;

/** A rejected message as stored; {@code payload} is the first bytes, as text. */
public record DeadLetter(long id, String tenant, OffsetDateTime receivedAt, String routeId, String source,
        String reason, int payloadSize, String payload) {
}
