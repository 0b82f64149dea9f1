package org.stadtkern.hinweg.internal.store;

/**
 * The Hin &amp; Weg tables: scripts {@code db/hinweg/V*.sql}, declared in the manifest
 * ({@code Stadtkern-Schema: hinweg}) and migrated by the core before it offers the stores their
 * {@link org.stadtkern.core.api.measure.Jdbc}.
 */
final class HinwegSchema {

    /** Service filter of the migrated Hin &amp; Weg database. */
    static final String TARGET = "(stadtkern.schema=hinweg)";

    private HinwegSchema() {
    }
}
