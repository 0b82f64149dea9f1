package org.stadtkern.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import org.junit.Test;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Retention on the booted distribution, as an operator would use it: two datasets with a 30-day
 * period (one deleted, one aggregated to hours) hold Observations from 40 days ago and from
 * yesterday; {@code sovereignty:retention --dry-run} shows what would go and changes nothing, the
 * real run deletes or aggregates only what is past the period, leaves other datasets alone and is
 * recorded in the audit log. (The controllable clock and the crash in the middle of a run are in
 * ObservationRetentionTest, on a real H2 database.)
 */
public class RetentionIT extends StadtkernTestSupport {


    @Test
    public void expiredObservationsAreDeletedOrAggregatedAndTheRunIsAudited() throws Exception {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        String deleted = "ret-delete-" + tag;
        String aggregated = "ret-aggregate-" + tag;
        policy(deleted, "--set retention=P30D --set retention.action=delete");
        policy(aggregated, "--set retention=P30D --set retention.action=aggregate --set retention.resolution=PT1H");
        long keptStream = SovereigntyIT.datastreamOf(SovereigntyIT.station("Kept " + tag, "kept-" + tag));
        long deletedStream = SovereigntyIT.datastreamOf(SovereigntyIT.station("Deleted " + tag, deleted));
        long aggregatedStream = SovereigntyIT.datastreamOf(SovereigntyIT.station("Aggregated " + tag, aggregated));
        Instant hour = Instant.now().minus(40, ChronoUnit.DAYS).truncatedTo(ChronoUnit.HOURS);
        Instant yesterday = Instant.now().minus(1, ChronoUnit.DAYS);
        for (long stream : new long[] {keptStream, deletedStream, aggregatedStream}) {
            observe(stream, hour.plusSeconds(600), 10);
            observe(stream, hour.plusSeconds(1200), 20);
            observe(stream, yesterday, 30);
        }
        // (each station also brings two Observations of 2026-11-22, expired once that date is 30 days past)
        int aggregatedBefore = stored(aggregatedStream).size();
        int keptBefore = stored(keptStream).size();

        String dryRun = console("sovereignty:retention --dry-run");
        assertTrue(dryRun, dryRun.contains("Dry run: nothing was changed."));
        List<String> line = row(dryRun, deleted);
        assertEquals(dryRun, "delete", line.get(5));
        long expired = Long.parseLong(line.get(6));
        assertTrue(dryRun, expired >= 2);
        assertEquals(aggregatedBefore, stored(aggregatedStream).size());
        String later = console("sovereignty:retention --dry-run --as-of " + yesterday.plus(31, ChronoUnit.DAYS));
        assertTrue("as of a month later, yesterday's Observation would go too: " + later,
                Long.parseLong(row(later, deleted).get(6)) > expired);

        String run = console("sovereignty:retention");
        assertEquals(run, line.get(6), row(run, deleted).get(6));

        List<Double> left = results(deletedStream);
        assertTrue(left.toString(), left.contains(30.0) && !left.contains(10.0) && !left.contains(20.0));
        assertEquals("another dataset is not touched", keptBefore, stored(keptStream).size());
        List<JsonNode> remaining = stored(aggregatedStream);
        String interval = hour + "/" + hour.plus(1, ChronoUnit.HOURS);
        JsonNode aggregate = remaining.stream()
                .filter(o -> o.path("phenomenonTime").asText().replace(".000Z", "Z").equals(interval))
                .findFirst().orElseThrow(() -> new AssertionError("no aggregate of " + interval + " in " + remaining));
        assertEquals("the mean", 15.0, aggregate.path("result").asDouble(), 1e-9);
        assertEquals(2, aggregate.path("parameters").path("aggregate").path("count").asInt());
        List<Double> aggregatedLeft = results(aggregatedStream);
        assertTrue(aggregatedLeft.toString(), aggregatedLeft.contains(30.0) && !aggregatedLeft.contains(10.0));

        String audit = console("sovereignty:audit --dataset " + aggregated);
        assertTrue(audit, audit.contains("| retention | " + aggregated));
        String again = console("sovereignty:retention");
        assertEquals("a second run finds nothing more", "0", row(again, aggregated).get(6));
    }

    private void policy(String dataset, String settings) throws Exception {
        String changed = console("sovereignty:policy --set classification=internal " + settings + " " + dataset);
        assertTrue(changed, changed.contains("changed"));
        await("the policy of " + dataset + " applies", 30, () -> {
            try {
                return console("sovereignty:retention --dry-run").contains(dataset);
            } catch (Exception e) {
                return false;
            }
        });
    }

    private static void observe(long datastream, Instant time, double result) {
        Response created = http("POST", STA + "/Datastreams(" + datastream + ")/Observations", "application/json",
                ("{\"phenomenonTime\": \"" + time + "\", \"result\": " + result + "}")
                        .getBytes(StandardCharsets.UTF_8));
        assertEquals(created.body(), 201, created.status());
    }

    private static List<JsonNode> stored(long datastream) {
        Response response = http("GET", STA + "/Datastreams(" + datastream + ")/Observations?$top=1000", null, null,
                DEFAULT_USER);
        assertEquals(response.body(), 200, response.status());
        List<JsonNode> observations = new ArrayList<>();
        response.json().get("value").forEach(observations::add);
        return observations;
    }

    private static List<Double> results(long datastream) {
        return stored(datastream).stream().map(o -> o.path("result").asDouble()).toList();
    }

    /** The cells of the console table's row of a dataset. */
    private static List<String> row(String table, String dataset) {
        return table.lines().filter(l -> l.contains("| " + dataset + " ") && l.contains("SensorThings")).findFirst()
                .map(l -> Arrays.stream(l.split("\\|")).map(String::trim).toList())
                .orElseThrow(() -> new AssertionError("no line of " + dataset + " in\n" + table));
    }
}
