package org.stadtkern.sovereignty.internal;

/**
 * The tables of data sovereignty (grants, tokens, audit log, registry): scripts
 * {@code db/sovereignty/V*.sql}, declared in the manifest ({@code Stadtkern-Schema: sovereignty}) and
 * migrated by the core before it offers the bundle's components their
 * {@link org.stadtkern.core.api.measure.Jdbc}.
 */
public final class SovereigntySchema {

    /** Service filter of the migrated data sovereignty database. */
    public static final String TARGET = "(stadtkern.schema=sovereignty)";

    private SovereigntySchema() {
    }
}
