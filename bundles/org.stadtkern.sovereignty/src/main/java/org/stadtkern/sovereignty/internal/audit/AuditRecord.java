package org.stadtkern.sovereignty.internal.audit;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;

/**
 * One record of the audit log. Its hash covers every field and the previous record's hash, so that
 * changing or removing a record breaks the chain from there on.
 *
 * @param seq position in the log, from 1 without gaps
 * @param at when
 * @param tenant the tenant whose data or settings it concerns
 * @param actor who (user@tenant, anonymous, or the runtime)
 * @param action what kind of event ({@code read}, {@code denied}, {@code policy}, {@code grant}, ...)
 * @param dataset the dataset, or {@code null}
 * @param purpose the declared purpose, or {@code null}
 * @param detail what exactly
 * @param previousHash the previous record's hash ({@link #GENESIS} for the first)
 * @param hash this record's hash
 */
public record AuditRecord(long seq, Instant at, String tenant, String actor, String action, String dataset,
        String purpose, String detail, String previousHash, String hash) {

    /** The "previous hash" of the first record. */
    public static final String GENESIS = "0".repeat(64);

    /** The same record with the hash its fields and previous hash give. */
    public AuditRecord sealed() {
        return new AuditRecord(seq, at, tenant, actor, action, dataset, purpose, detail, previousHash, computedHash());
    }

    private String computedHash() {
        // lengths before values: no two different records give the same text
        StringBuilder text = new StringBuilder();
        for (Object field : new Object[] {seq, at.toEpochMilli(), tenant, actor, action, dataset, purpose, detail,
            previousHash}) {
            String value = String.valueOf(field);
            text.append(field == null ? -1 : value.length()).append(':').append(field == null ? "" : value).append('|');
        }
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(text.toString().getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Whether the stored hash is the one its fields give. */
    public boolean intact() {
        return computedHash().equals(hash);
    }
}
