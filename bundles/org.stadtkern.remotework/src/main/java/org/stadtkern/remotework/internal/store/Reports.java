package org.stadtkern.remotework.internal.store;

import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.stadtkern.core.api.measure.Jdbc;

/**
 * The reports for the city's remote-work study, from the bookings alone and without any personal data:
 * utilisation (hours used of hours open) per site and space type, use by weekday and hour, the no-show
 * rate, and bookers by coarse category. A count below the configured minimum is shown as {@code null}
 * with {@code suppressed}, so that no small group can be picked out.
 */
@Component(service = Reports.class)
public final class Reports {

    /** A line of a report: what it counts, the bookings (null when suppressed), hours used and utilisation. */
    public record Line(String key, Integer bookings, boolean suppressed, double hoursUsed, Double utilisation) {
    }

    /** The report of a period (days inclusive). */
    public record Report(LocalDate from, LocalDate to, int minimum, List<Line> sites, List<Line> spaceTypes,
            List<Line> weekdays, List<Line> hours, Double noShowRate, List<Line> categories) {
    }

    private record Used(String site, String type, Instant start, Instant end, String state, String category) {
        double hours() {
            return (end.getEpochSecond() - start.getEpochSecond()) / 3600.0;
        }

        boolean used() {
            return "completed".equals(state) || "checked-in".equals(state);
        }
    }

    private final Jdbc jdbc;
    private final Sites sites;

    @Activate
    public Reports(@Reference(target = "(" + Jdbc.SCHEMA + "=remotework)") Jdbc jdbc, @Reference Sites sites) {
        this.jdbc = jdbc;
        this.sites = sites;
    }

    /** The tenant's report of the days. */
    public Report report(String tenant, LocalDate from, LocalDate to, int minimum) throws SQLException {
        if (to.isBefore(from) || from.plusDays(366).isBefore(to)) {
            throw new IllegalArgumentException("to must be on or after from, at most a year later");
        }
        List<Used> all = jdbc.query("select s.slug, p.type, b.starts, b.ends, b.state, b.category from "
                + "remotework_bookings b join remotework_spaces p on p.id = b.space_id join remotework_sites s on "
                + "s.id = p.site_id where b.tenant = ? and b.starts >= ? and b.starts < ? and b.state in "
                + "('confirmed', 'checked-in', 'completed', 'no-show')", row -> new Used(row.getString(1),
                        row.getString(2), row.getTimestamp(3).toInstant(), row.getTimestamp(4).toInstant(),
                        row.getString(5), row.getString(6)), tenant,
                Timestamp.from(from.atStartOfDay(Policies.ZONE).toInstant()),
                Timestamp.from(to.plusDays(1).atStartOfDay(Policies.ZONE).toInstant()));
        Map<String, Double> openBySite = new TreeMap<>();
        Map<String, Double> openByType = new TreeMap<>();
        for (SiteRow site : sites.list(tenant)) {
            double hours = 0;
            for (LocalDate day = from; !day.isAfter(to); day = day.plusDays(1)) {
                hours += Policies.hours(site.site()).minutesOn(day) / 60.0;
            }
            for (SpaceRow space : sites.spaces(site.key())) {
                if ("bookable".equals(space.space().mode())) {
                    openBySite.merge(site.id(), hours, Double::sum);
                    openByType.merge(space.space().type(), hours, Double::sum);
                }
            }
        }
        long decided = all.stream().filter(u -> u.used() || "no-show".equals(u.state())).count();
        long noShows = all.stream().filter(u -> "no-show".equals(u.state())).count();
        return new Report(from, to, minimum, lines(all, Used::site, openBySite, minimum),
                lines(all, Used::type, openByType, minimum),
                lines(all, u -> String.valueOf(local(u).getDayOfWeek().getValue()), Map.of(), minimum),
                lines(all, u -> String.format("%02d", local(u).getHour()), Map.of(), minimum),
                decided < minimum ? null : Math.round(1000.0 * noShows / decided) / 10.0,
                lines(all, Used::category, Map.of(), minimum));
    }

    private static LocalDateTime local(Used used) {
        return LocalDateTime.ofInstant(used.start(), Policies.ZONE);
    }

    private static List<Line> lines(List<Used> all, java.util.function.Function<Used, String> key,
            Map<String, Double> open, int minimum) {
        Map<String, int[]> counts = new TreeMap<>();
        Map<String, Double> hours = new TreeMap<>();
        open.keySet().forEach(k -> counts.put(k, new int[1]));
        for (Used used : all) {
            counts.computeIfAbsent(key.apply(used), k -> new int[1])[0]++;
            if (used.used()) {
                hours.merge(key.apply(used), used.hours(), Double::sum);
            }
        }
        List<Line> lines = new ArrayList<>();
        for (Map.Entry<String, int[]> count : counts.entrySet()) {
            double used = hours.getOrDefault(count.getKey(), 0.0);
            Double available = open.get(count.getKey());
            boolean suppressed = count.getValue()[0] > 0 && count.getValue()[0] < minimum;
            lines.add(new Line(count.getKey(), suppressed ? null : count.getValue()[0], suppressed,
                    suppressed ? 0 : Math.round(used * 100) / 100.0, available == null || available == 0 || suppressed
                            ? null : Math.round(1000.0 * used / available) / 10.0));
        }
        return lines;
    }
}
