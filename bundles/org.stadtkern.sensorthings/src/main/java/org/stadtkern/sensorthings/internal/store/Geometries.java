package org.stadtkern.sensorthings.internal.store;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LinearRing;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.io.ParseException;
import org.locationtech.jts.io.WKTReader;
import org.stadtkern.sensorthings.internal.query.GeoLiteral;
import org.stadtkern.sensorthings.internal.query.QueryException;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The geospatial functions of $filter on GeoJSON values and WKT literals, with JTS. Like other
 * SensorThings servers, distances and lengths are planar, in the units of the coordinates.
 */
final class Geometries {

    private static final GeometryFactory FACTORY = new GeometryFactory();

    private Geometries() {
    }

    static Object call(String function, Object[] args) throws QueryException {
        Geometry first = geometry(args[0]);
        if ("geo.length".equals(function)) {
            return first == null ? null : BigDecimal.valueOf(first.getLength());
        }
        Geometry second = geometry(args[1]);
        if (first == null || second == null) {
            return null;
        }
        return switch (function) {
            case "geo.distance" -> BigDecimal.valueOf(first.distance(second));
            case "geo.intersects", "st_intersects" -> first.intersects(second);
            case "st_equals" -> first.equalsTopo(second);
            case "st_disjoint" -> first.disjoint(second);
            case "st_touches" -> first.touches(second);
            case "st_within" -> first.within(second);
            case "st_overlaps" -> first.overlaps(second);
            case "st_crosses" -> first.crosses(second);
            case "st_contains" -> first.contains(second);
            case "st_relate" -> relate(first, second, args[2]);
            default -> throw new QueryException("Unknown function " + function + ".");
        };
    }

    private static Boolean relate(Geometry first, Geometry second, Object pattern) throws QueryException {
        if (!(pattern instanceof String text) || !text.matches("[TF*012]{9}")) {
            throw new QueryException("st_relate expects a DE-9IM pattern of 9 characters from T, F, *, 0, 1, 2.");
        }
        return first.relate(second, text);
    }

    /** A geometry from a WKT literal or a GeoJSON value (geometry or Feature); other values give null. */
    static Geometry geometry(Object value) throws QueryException {
        if (value instanceof GeoLiteral literal) {
            try {
                return new WKTReader(FACTORY).read(literal.wkt());
            } catch (ParseException e) {
                throw new QueryException("Not valid WKT: '" + literal.wkt() + "'.");
            }
        }
        if (value instanceof JsonNode json) {
            return geoJson(json);
        }
        return null;
    }

    /** A JTS geometry from GeoJSON; throws for anything that is not valid GeoJSON. */
    static Geometry geoJson(JsonNode json) throws QueryException {
        String type = json.path("type").asText();
        if ("Feature".equals(type)) {
            return geoJson(json.path("geometry"));
        }
        JsonNode coordinates = json.path("coordinates");
        try {
            return switch (type) {
                case "Point" -> FACTORY.createPoint(coordinate(coordinates));
                case "LineString" -> FACTORY.createLineString(coordinates(coordinates));
                case "Polygon" -> polygon(coordinates);
                case "MultiPoint" -> FACTORY.createMultiPointFromCoords(coordinates(coordinates));
                case "MultiLineString" -> FACTORY.createMultiLineString(lines(coordinates));
                case "MultiPolygon" -> FACTORY.createMultiPolygon(polygons(coordinates));
                default -> throw new QueryException("Not a GeoJSON geometry: type '" + type + "'.");
            };
        } catch (IllegalArgumentException e) {
            throw new QueryException("Invalid GeoJSON " + type + ": " + e.getMessage());
        }
    }

    private static Polygon polygon(JsonNode rings) throws QueryException {
        if (!rings.isArray() || rings.isEmpty()) {
            throw new QueryException("A GeoJSON Polygon needs at least one ring.");
        }
        LinearRing shell = FACTORY.createLinearRing(coordinates(rings.get(0)));
        LinearRing[] holes = new LinearRing[rings.size() - 1];
        for (int i = 1; i < rings.size(); i++) {
            holes[i - 1] = FACTORY.createLinearRing(coordinates(rings.get(i)));
        }
        return FACTORY.createPolygon(shell, holes);
    }

    private static org.locationtech.jts.geom.LineString[] lines(JsonNode lines) throws QueryException {
        List<org.locationtech.jts.geom.LineString> result = new ArrayList<>();
        for (JsonNode line : array(lines)) {
            result.add(FACTORY.createLineString(coordinates(line)));
        }
        return result.toArray(new org.locationtech.jts.geom.LineString[0]);
    }

    private static Polygon[] polygons(JsonNode polygons) throws QueryException {
        List<Polygon> result = new ArrayList<>();
        for (JsonNode polygon : array(polygons)) {
            result.add(polygon(polygon));
        }
        return result.toArray(new Polygon[0]);
    }

    private static Coordinate[] coordinates(JsonNode positions) throws QueryException {
        List<Coordinate> result = new ArrayList<>();
        for (JsonNode position : array(positions)) {
            result.add(coordinate(position));
        }
        return result.toArray(new Coordinate[0]);
    }

    private static Coordinate coordinate(JsonNode position) throws QueryException {
        if (!position.isArray() || position.size() < 2 || position.size() > 3 || !position.get(0).isNumber()
                || !position.get(1).isNumber()) {
            throw new QueryException("A GeoJSON position is an array of two or three numbers.");
        }
        return position.size() == 3 ? new Coordinate(position.get(0).doubleValue(), position.get(1).doubleValue(),
                position.get(2).doubleValue())
                : new Coordinate(position.get(0).doubleValue(), position.get(1).doubleValue());
    }

    private static JsonNode array(JsonNode node) throws QueryException {
        if (!node.isArray()) {
            throw new QueryException("GeoJSON coordinates must be arrays.");
        }
        return node;
    }
}
