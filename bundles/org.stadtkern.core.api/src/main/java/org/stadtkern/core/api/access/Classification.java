package org.stadtkern.core.api.access;

/** How openly a dataset may be read. */
public enum Classification {
    /** Readable by everyone, without login, from every tenant. */
    OPEN,
    /** Readable by the users of its tenant with a role. */
    INTERNAL,
    /** Readable only with a grant for a declared purpose; every read is audited. */
    PERSONAL
}
