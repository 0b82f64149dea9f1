package org.stadtkern.hinweg.internal.ingest;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

import org.stadtkern.core.api.measure.MqttInput;
import org.stadtkern.hinweg.internal.gtfs.GtfsException;
import org.stadtkern.hinweg.internal.gtfs.GtfsReader;
import org.stadtkern.hinweg.internal.gtfs.Zips;
import org.stadtkern.hinweg.internal.load.DoorEvent;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;

/**
 * Coverage-guided fuzzing (Jazzer) of what reaches Hin &amp; Weg from outside: door events and stop
 * counts as counting sensors publish them (bound strictly and checked, as the MQTT routes do), and
 * GTFS feeds as an operator uploads them, both as raw bytes (the zip format fuzzed) and as zips built
 * from fuzzed CSV files (the GTFS checks fuzzed). An {@link IllegalArgumentException} (a dead letter
 * with its reason, or 400 with a problem body; {@link GtfsException} is one) or an
 * {@link IOException} of a broken zip is the expected refusal; anything else (a stack overflow, an
 * out-of-memory error, another runtime exception, a hang) is a bug. The build fuzzes for a bounded
 * time (surefire execution "fuzz", JAZZER_FUZZ=1); otherwise the test replays the findings.
 */
class MeasureInputFuzzTest {

    /** Tight limits, so that the fuzzer meets them (the defaults are tested in GtfsReaderTest). */
    private static final GtfsReader.Limits LIMITS = new GtfsReader.Limits(256 * 1024, 20, 100);
    private static final String[] FILES = {"stops.txt", "routes.txt", "trips.txt", "stop_times.txt",
        "calendar.txt", "calendar_dates.txt", "trip_capacity.txt", "agency.txt", "shapes.txt", "dir/stops.txt"};
    private static final String[] COLUMNS = {"stop_id", "stop_name", "stop_lat", "stop_lon", "route_id",
        "route_short_name", "route_long_name", "route_type", "trip_id", "service_id", "trip_headsign",
        "stop_sequence", "arrival_time", "departure_time", "monday", "tuesday", "wednesday", "thursday",
        "friday", "saturday", "sunday", "start_date", "end_date", "date", "exception_type", "seated_capacity",
        "standing_capacity", "wheelchair_capacity", "agency_timezone", "agency_name"};
    private static final String[] CELLS = {"s1", "s2", "r1", "t1", "t2", "wd", "1", "0", "2", "3", "-1",
        "51.47", "6.85", "91", "-181", "NaN", "1e308", "08:00:00", "24:30:00", "99:99:99", "8:5", "20261201",
        "20261331", "Europe/Berlin", "Mars/Olympus", "", "\"quoted, cell\"", "\"", "2147483648", "\u00e4\u00df"};
    private static final String[] JSON = {"\"sensor\"", "\"vehicle\"", "\"trip\"", "\"stop\"", "\"time\"",
        "\"boardings\"", "\"alightings\"", "\"count\"", "\"2026-12-01T08:15:00Z\"", "\"2026-12-01\"", "0", "3",
        "-1", "501", "2147483648", "1e999", "1.5", "null", "true", "[]", "{}", "\"\"", "\"\\u0000\""};

    @FuzzTest(maxDuration = "45s")
    void sensorAndOperatorInputIsRefusedOrUnderstood(FuzzedDataProvider data) {
        int what = data.consumeInt(0, 3);
        try {
            switch (what) {
                case 0 -> CountCheck.checked(MqttInput.bind(message(data), DoorEvent.class, CountCheck.MAX_BYTES));
                case 1 -> CountCheck.checked(MqttInput.bind(message(data), StopCount.class, CountCheck.MAX_BYTES));
                case 2 -> GtfsReader.read(new ByteArrayInputStream(data.consumeRemainingAsBytes()), LIMITS);
                default -> GtfsReader.read(Zips.of(feed(data)), LIMITS);
            }
        } catch (IllegalArgumentException | IOException expected) {
            // a dead letter with the reason, or 400 for the upload
        }
    }

    /** A message: fuzzed bytes, or a JSON object of the fields a counter sends with fuzzed values. */
    private static byte[] message(FuzzedDataProvider data) {
        if (data.consumeBoolean()) {
            return data.consumeRemainingAsBytes();
        }
        StringBuilder json = new StringBuilder("{");
        int fields = data.consumeInt(0, 8);
        for (int i = 0; i < fields; i++) {
            json.append(i == 0 ? "" : ",").append(data.pickValue(JSON)).append(':')
                    .append(data.consumeBoolean() ? data.pickValue(JSON) : data.consumeString(20));
        }
        return json.append('}').toString().getBytes(StandardCharsets.UTF_8);
    }

    /** GTFS files with columns and cells from fuzz data. */
    private static Map<String, String> feed(FuzzedDataProvider data) {
        Map<String, String> files = new LinkedHashMap<>();
        int count = data.consumeInt(0, 8);
        for (int f = 0; f < count; f++) {
            int columns = data.consumeInt(0, 6);
            StringBuilder csv = new StringBuilder();
            for (int c = 0; c < columns; c++) {
                csv.append(c == 0 ? "" : ",").append(data.pickValue(COLUMNS));
            }
            int rows = data.consumeInt(0, 4);
            for (int r = 0; r < rows; r++) {
                csv.append('\n');
                for (int c = 0; c < columns; c++) {
                    csv.append(c == 0 ? "" : ",").append(data.consumeBoolean() ? data.pickValue(CELLS)
                            : data.consumeString(12));
                }
            }
            files.put(data.pickValue(FILES), csv.toString());
        }
        return files;
    }
}
