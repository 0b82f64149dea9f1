package org.stadtkern.remotework.internal.http;

import java.io.IOException;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import javax.servlet.Servlet;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.http.whiteboard.propertytypes.HttpWhiteboardServletName;
import org.osgi.service.http.whiteboard.propertytypes.HttpWhiteboardServletPattern;
import org.stadtkern.core.api.Tenancy;
import org.stadtkern.core.api.access.AccessControl;
import org.stadtkern.core.api.access.DatasetRef;
import org.stadtkern.core.api.access.Role;
import org.stadtkern.core.api.http.Call;
import org.stadtkern.core.api.http.Problem;
import org.stadtkern.core.api.http.Representation;
import org.stadtkern.remotework.internal.RemoteworkMeasure;
import org.stadtkern.remotework.internal.booking.Booking;
import org.stadtkern.remotework.internal.booking.BookingRequest;
import org.stadtkern.remotework.internal.booking.State;
import org.stadtkern.remotework.internal.store.Bookings;
import org.stadtkern.remotework.internal.store.Occupancy;
import org.stadtkern.remotework.internal.store.People;
import org.stadtkern.remotework.internal.store.Policies;
import org.stadtkern.remotework.internal.store.Sites;
import org.stadtkern.remotework.internal.store.SpaceRow;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonUnwrapped;

/**
 * {@code /api/remotework/bookings}: bookers (token) book, check in with the code of the desk's QR label,
 * cancel and download a booking as iCalendar; the staff (operators) list the day's bookings, approve or
 * reject requests, check bookers in and cancel. The booker's name and e-mail only reach staff with a
 * grant for dataset remotework-bookers and the purpose booking declared (the read audited); everyone
 * else gets 404 for a booking not theirs.
 */
@Component(service = Servlet.class)
@HttpWhiteboardServletName("stadtkern-remotework-bookings")
@HttpWhiteboardServletPattern("/api/remotework/bookings/*")
public final class BookingsResource extends WorkResource {

    private static final long serialVersionUID = 1L;
    private static final int MAX_BODY = 2048;

    /** A booking, with its booker for staff who may read bookers. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Shown(@JsonUnwrapped Booking booking, Booker booker) {
    }

    /** Who booked. */
    record Booker(String name, String email, String category) {
    }

    record CheckIn(String code) {
    }

    record Reason(String reason) {
    }

    private final transient AccessControl access;
    private final transient Sites sites;
    private final transient Bookings bookings;
    private final transient People people;
    private final transient Policies policies;

    @Activate
    public BookingsResource(@Reference AccessControl access, @Reference Sites sites, @Reference People people,
            @Reference Policies policies, @Reference Tenancy tenancy, @Reference Bookings bookings) {
        super(access, sites, people, policies, tenancy);
        this.access = access;
        this.sites = sites;
        this.bookings = bookings;
        this.people = people;
        this.policies = policies;
        route("POST", "", Set.of(), this::book);
        route("GET", "", MEMBERS, this::day);
        route("GET", "/{id}", Set.of(), call -> shown(call, mine(call)));
        route("POST", "/{id}/approve", Set.of(Role.OPERATOR), call -> step(call, State.CONFIRMED, null));
        route("POST", "/{id}/reject", Set.of(Role.OPERATOR), call -> step(call, State.REJECTED, reason(call)));
        route("POST", "/{id}/check-in", Set.of(), this::checkIn);
        route("POST", "/{id}/cancel", Set.of(), call -> {
            Booking booking = mine(call);
            return bookings.step(tenant(call), booking, State.CANCELLED, operator(call) ? "cancelled by the staff"
                    : "cancelled by the booker", Instant.now());
        });
        route("GET", "/{id}/ics", Set.of(), call -> new Representation("text/calendar",
                Calendars.of(List.of(mine(call)), "Buchung " + call.path("id"), sites, tenant(call))));
    }

    private Object book(Call call) throws Problem, IOException, SQLException {
        People.Person person = requireBooker(call);
        BookingRequest request = call.body(BookingRequest.class, MAX_BODY);
        if (request.site() == null || request.space() == null) {
            throw Problem.badRequest("site and space are needed.");
        }
        SpaceRow space = sites.space(tenant(call), request.site(), request.space())
                .orElseThrow(() -> Problem.notFound("No such space."));
        var site = sites.find(tenant(call), request.site()).orElseThrow();
        List<Booking> booked = bookings.book(tenant(call), space, policies.rules(site.site()), person, request,
                Instant.now());
        call.status(201);
        call.response().setHeader("Location", call.baseUrl() + "/api/remotework/bookings/" + booked.get(0).id());
        return Map.of("bookings", booked);
    }

    private Object day(Call call) throws Problem, SQLException {
        LocalDate date;
        try {
            String day = call.parameter("date");
            date = day == null ? LocalDate.now(Policies.ZONE) : LocalDate.parse(day);
        } catch (DateTimeParseException e) {
            throw Problem.badRequest("date is a date like 2026-12-10.");
        }
        int days = call.intParameter("days", 1, 1, 31);
        return Map.of("bookings", bookings.between(call.caller().tenant(), call.parameter("site"),
                date.atStartOfDay(Policies.ZONE).toInstant(), date.plusDays(days).atStartOfDay(Policies.ZONE)
                        .toInstant()));
    }

    /** The booking in the path if the caller is its booker or the tenant's staff; else 404. */
    private Booking mine(Call call) throws Problem, SQLException {
        Optional<Booking> booking = bookings.find(tenant(call), call.number("id"));
        if (booking.isPresent() && operator(call)) {
            return booking.get();
        }
        Optional<People.Person> booker = booker(call);
        if (booking.isPresent() && booker.isPresent() && bookings.isOf(booking.get().id(), booker.get().key())) {
            return booking.get();
        }
        throw Problem.notFound("No such booking.");
    }

    private Shown shown(Call call, Booking booking) throws SQLException {
        String tenant = call.caller().tenant();
        if (operator(call) && access.readable(call.caller()).allows(tenant, RemoteworkMeasure.BOOKERS)) {
            access.recordRead(call.caller(), new DatasetRef(call.caller().tenant(), RemoteworkMeasure.BOOKERS),
                    "booker of booking " + booking.id());
            return new Shown(booking, people.ofBooking(call.caller().tenant(), booking.id())
                    .map(p -> new Booker(p.name(), p.email(), p.category())).orElse(null));
        }
        return new Shown(booking, null);
    }

    private Object step(Call call, State next, String reason) throws Problem, SQLException {
        return bookings.step(tenant(call), mine(call), next, reason, Instant.now());
    }

    private static String reason(Call call) throws Problem, IOException {
        if (call.request().getContentType() == null) {
            return "rejected by the staff";
        }
        Reason reason = call.body(Reason.class, MAX_BODY);
        if (reason.reason() == null || reason.reason().isBlank() || reason.reason().length() > 500) {
            throw Problem.badRequest("reason: 1 to 500 characters.");
        }
        return reason.reason().strip();
    }

    private Object checkIn(Call call) throws Problem, IOException, SQLException {
        Booking booking = mine(call);
        Instant now = Instant.now();
        if (!operator(call)) {
            CheckIn checkIn = call.body(CheckIn.class, MAX_BODY);
            SpaceRow space = sites.space(tenant(call), booking.site(), booking.space()).orElseThrow();
            if (checkIn.code() == null || !java.security.MessageDigest.isEqual(checkIn.code().getBytes(
                    java.nio.charset.StandardCharsets.UTF_8), space.checkInCode().getBytes(
                            java.nio.charset.StandardCharsets.UTF_8))) {
                throw Problem.badRequest("The code is not the one on the label of " + space.space().name() + ".");
            }
        }
        if (now.isBefore(booking.start().minus(Occupancy.EARLY)) || !now.isBefore(booking.end())) {
            throw new IllegalStateException("Check in from 15 minutes before the start until the end of the booking.");
        }
        return bookings.step(tenant(call), booking, State.CHECKED_IN, null, now);
    }
}
