package org.stadtkern.remotework.internal.command;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;

import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.support.table.ShellTable;
import org.stadtkern.core.api.console.MeasureCommand;
import org.stadtkern.remotework.internal.booking.Booking;
import org.stadtkern.remotework.internal.store.Bookings;
import org.stadtkern.remotework.internal.store.Policies;

/**
 * {@code remotework:bookings [--site S] [--date D] [--tenant T]}: the bookings of a day (today by default),
 * without who booked.
 */
@Command(scope = "remotework", name = "bookings", description = "Lists the bookings of a day, without the "
        + "bookers' names.")
@Service
public class BookingsCommand extends MeasureCommand {

    @Option(name = "--site", description = "Only the bookings of this site")
    @Completion(SiteCompleter.class)
    String site;

    @Option(name = "--date", description = "The day, e.g. 2026-12-10 (default: today)")
    String date;

    @Reference(optional = true)
    Bookings bookings;

    @Override
    protected Object run() throws Exception {
        LocalDate day;
        try {
            day = date == null ? LocalDate.now(Policies.ZONE) : LocalDate.parse(date);
        } catch (DateTimeParseException e) {
            throw fail("--date is a date like 2026-12-10.");
        }
        ShellTable table = new ShellTable();
        for (String column : new String[] {"Id", "Site", "Space", "From", "To", "Persons", "State", "Category"}) {
            table.column(column);
        }
        for (Booking booking : ready(bookings).between(tenant(), site, day.atStartOfDay(Policies.ZONE).toInstant(),
                day.plusDays(1).atStartOfDay(Policies.ZONE).toInstant())) {
            table.addRow().addContent(booking.id(), booking.site(), booking.space(), local(booking.start()),
                    local(booking.end()), booking.persons(), booking.state(), booking.category());
        }
        table.print(System.out);
        return null;
    }

    private static String local(java.time.Instant instant) {
        return LocalDateTime.ofInstant(instant, Policies.ZONE).toString().replace('T', ' ');
    }
}
