package org.stadtkern.sensorthings.internal.model;

/** How a property is stored and rendered. */
public enum PropertyKind {
    /** A string in one column. */
    TEXT,
    /** Any JSON value, stored as JSON text. */
    JSON,
    /** A GeoJSON geometry or feature, stored as JSON text. */
    GEOJSON,
    /** An ISO 8601 instant in one column. */
    INSTANT,
    /** An ISO 8601 interval in two columns ({@code _start}, {@code _end}). */
    INTERVAL,
    /** An instant or an interval (an Observation's phenomenonTime), in two columns. */
    INSTANT_OR_INTERVAL,
    /** An Observation's result: JSON text, and a number column for filters and ordering. */
    RESULT
}
