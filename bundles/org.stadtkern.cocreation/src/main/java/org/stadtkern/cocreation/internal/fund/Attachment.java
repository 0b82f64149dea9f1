package org.stadtkern.cocreation.internal.fund;

import java.time.Instant;

/**
 * A file attached to a proposal.
 *
 * @param id assigned by the database
 * @param name the file name as the applicant gave it (letters, digits, spaces and {@code . _ -})
 * @param mediaType application/pdf, image/png or image/jpeg, as its first bytes show
 * @param size in bytes
 * @param sha256 the hash of its content, hex
 * @param at when it was attached
 */
public record Attachment(long id, String name, String mediaType, int size, String sha256, Instant at) {
}
