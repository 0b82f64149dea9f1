package org.stadtkern.hinweg.internal.export;

import java.io.IOException;
import java.io.StringWriter;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.OptionalLong;
import java.util.function.LongFunction;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * GTFS-ride {@code ridership.txt} of a period: total boardings and alightings per route and stop,
 * each count as it may be shown (rounded, or the record left out when a count is suppressed).
 */
public final class Ridership {

    static final String[] HEADER = {"total_boardings", "total_alightings", "ridership_start_date",
        "ridership_end_date", "route_id", "stop_id"};

    /** The counted totals of one route at one stop. */
    public record Total(String routeId, String stopId, long boardings, long alightings) {
    }

    private Ridership() {
    }

    /**
     * The file of the totals, in their order.
     *
     * @param published a count as it may be shown, empty when it must not be
     * @param from the period's first day
     * @param to the period's last day (inclusive)
     */
    public static String of(List<Total> totals, LongFunction<OptionalLong> published, LocalDate from, LocalDate to) {
        StringWriter out = new StringWriter();
        try (CSVPrinter csv = new CSVPrinter(out, CSVFormat.DEFAULT.builder().setHeader(HEADER)
                .setRecordSeparator("\n").get())) {
            String start = from.format(DateTimeFormatter.BASIC_ISO_DATE);
            String end = to.format(DateTimeFormatter.BASIC_ISO_DATE);
            for (Total total : totals) {
                OptionalLong boardings = published.apply(total.boardings());
                OptionalLong alightings = published.apply(total.alightings());
                if (boardings.isPresent() && alightings.isPresent()) {
                    csv.printRecord(boardings.getAsLong(), alightings.getAsLong(), start, end, total.routeId(),
                            total.stopId());
                }
            }
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return out.toString();
    }
}
