package org.stadtkern.sensorthings.internal.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.stadtkern.sensorthings.internal.query.Expr.Binary;
import org.stadtkern.sensorthings.internal.query.Expr.Call;
import org.stadtkern.sensorthings.internal.query.Expr.Literal;
import org.stadtkern.sensorthings.internal.query.Expr.Path;
import org.stadtkern.sensorthings.internal.query.Expr.Unary;

/** The $filter grammar of SensorThings 1.1 (OData 4.0 operator precedence, section 9.3.3.5). */
class ExpressionParserTest {

    private static Path path(String... segments) {
        return new Path(List.of(segments));
    }

    private static Literal number(String value) {
        return new Literal(new BigDecimal(value));
    }

    @Test
    void multiplicationBindsTighterThanAdditionAndComparison() throws QueryException {
        assertEquals(new Binary("gt", new Binary("add", path("result"), new Binary("mul", number("2"),
                number("3"))), number("10")), ExpressionParser.parse("result add 2 mul 3 gt 10"));
    }

    @Test
    void andBindsTighterThanOrAndNotTighterThanAnd() throws QueryException {
        Expr a = new Binary("eq", path("name"), new Literal("a"));
        Expr b = new Binary("eq", path("name"), new Literal("b"));
        Expr c = new Binary("eq", path("name"), new Literal("c"));
        assertEquals(new Binary("or", a, new Binary("and", new Unary("not", b), c)),
                ExpressionParser.parse("name eq 'a' or not name eq 'b' and name eq 'c'"));
    }

    @Test
    void parenthesesOverridePrecedence() throws QueryException {
        assertEquals(new Binary("mul", new Binary("add", number("1"), number("2")), number("3")),
                ExpressionParser.parse("(1 add 2) mul 3"));
    }

    @Test
    void pathsThroughNavigationAndJsonProperties() throws QueryException {
        assertEquals(new Binary("eq", path("Datastream", "Thing", "properties", "owner"), new Literal("Stadt")),
                ExpressionParser.parse("Datastream/Thing/properties/owner eq 'Stadt'"));
    }

    @Test
    void quotesInStringsAreDoubled() throws QueryException {
        assertEquals(new Binary("eq", path("name"), new Literal("O'Brien's")),
                ExpressionParser.parse("name eq 'O''Brien''s'"));
    }

    @Test
    void timeLiteralsWithOffsetsEvenWhenUrlDecodingTurnedThePlusIntoASpace() throws QueryException {
        OffsetDateTime expected = OffsetDateTime.parse("2026-11-22T08:00:00+01:00");
        assertEquals(new Binary("gt", path("phenomenonTime"), new Literal(expected)),
                ExpressionParser.parse("phenomenonTime gt 2026-11-22T08:00:00+01:00"));
        assertEquals(new Binary("gt", path("phenomenonTime"), new Literal(expected)),
                ExpressionParser.parse("phenomenonTime gt 2026-11-22T08:00:00 01:00"));
    }

    @Test
    void intervalDurationAndGeographyLiterals() throws QueryException {
        Expr interval = ExpressionParser.parse("phenomenonTime eq 2026-01-01T00:00:00Z/2026-01-02T00:00:00Z");
        assertEquals(new TimeInterval(OffsetDateTime.parse("2026-01-01T00:00:00Z"),
                OffsetDateTime.parse("2026-01-02T00:00:00Z")), ((Literal) ((Binary) interval).right()).value());
        Expr duration = ExpressionParser.parse("phenomenonTime sub duration'P1DT2H' lt now()");
        assertEquals(Duration.ofHours(26), ((Literal) ((Binary) ((Binary) duration).left()).right()).value());
        assertEquals(new Call("st_within", List.of(path("location"),
                new Literal(new GeoLiteral("POLYGON((6 51, 7 51, 7 52, 6 51))")))),
                ExpressionParser.parse("st_within(location, geography'POLYGON((6 51, 7 51, 7 52, 6 51))')"));
    }

    @Test
    void negativeNumbersAndUnaryMinus() throws QueryException {
        assertEquals(new Binary("lt", path("result"), number("-2.5")), ExpressionParser.parse("result lt -2.5"));
        assertEquals(new Unary("-", path("result")), ExpressionParser.parse("-result"));
    }

    @Test
    void functionsAreCheckedForTheirNumberOfArguments() throws QueryException {
        assertEquals(new Call("substring", List.of(path("name"), number("1"), number("2"))),
                ExpressionParser.parse("substring(name, 1, 2)"));
        assertThrows(QueryException.class, () -> ExpressionParser.parse("startswith(name)"));
        assertThrows(QueryException.class, () -> ExpressionParser.parse("now(1)"));
        assertThrows(QueryException.class, () -> ExpressionParser.parse("drop(name)"));
    }

    @Test
    void orderByKeysWithDirections() throws QueryException {
        assertEquals(List.of(new OrderBy(path("phenomenonTime"), true), new OrderBy(path("result"), false),
                new OrderBy(path("id"), false)), ExpressionParser.orderBy("phenomenonTime desc, result asc,id"));
    }

    @Test
    void malformedExpressionsAreRefusedWithAPosition() {
        for (String bad : List.of("", "name eq", "(name eq 'a'", "name eq 'a')", "name eq 'a", "name eq eq 'a'",
                "name eq 'a' and", "#", "name eq 1.2.3", "phenomenonTime gt 2026-13-45T99:00:00Z",
                "name eq 'a'; drop table sta_things", "duration'P1M' eq 1", "geo'POINT(1 2)' eq 1")) {
            QueryException e = assertThrows(QueryException.class, () -> ExpressionParser.parse(bad), bad);
            assertTrue(e.getMessage().length() > 10, bad);
        }
    }

    @Test
    void deepNestingIsRefusedWithoutExhaustingTheStack() {
        String deep = "(".repeat(10_000) + "1" + ")".repeat(10_000);
        assertThrows(QueryException.class, () -> ExpressionParser.parse(deep));
        String nots = "not ".repeat(10_000) + "true";
        assertThrows(QueryException.class, () -> ExpressionParser.parse(nots));
        String minus = "-".repeat(10_000) + "1";
        assertThrows(QueryException.class, () -> ExpressionParser.parse(minus));
    }

    @Test
    void longChainsAreRefused() {
        String chain = "name eq 'x'" + " or name eq 'x'".repeat(1000);
        assertThrows(QueryException.class, () -> ExpressionParser.parse(chain));
        assertThrows(QueryException.class, () -> ExpressionParser.parse("'" + "a".repeat(70_000) + "'"));
    }
}
