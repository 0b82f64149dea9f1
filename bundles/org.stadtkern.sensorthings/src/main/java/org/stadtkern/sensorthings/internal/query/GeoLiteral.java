package org.stadtkern.sensorthings.internal.query;

/** A {@code geography'POINT(7 51)'} literal: well-known text. */
public record GeoLiteral(String wkt) {
}
