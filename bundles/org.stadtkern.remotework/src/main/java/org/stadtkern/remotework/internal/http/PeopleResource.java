package org.stadtkern.remotework.internal.http;

import java.io.IOException;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.Set;

import javax.servlet.Servlet;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.http.whiteboard.propertytypes.HttpWhiteboardServletName;
import org.osgi.service.http.whiteboard.propertytypes.HttpWhiteboardServletPattern;
import org.stadtkern.core.api.Tenancy;
import org.stadtkern.core.api.access.AccessControl;
import org.stadtkern.core.api.http.Call;
import org.stadtkern.core.api.http.Problem;
import org.stadtkern.core.api.http.Representation;
import org.stadtkern.remotework.internal.store.Bookings;
import org.stadtkern.remotework.internal.store.Lifecycle;
import org.stadtkern.remotework.internal.store.People;
import org.stadtkern.remotework.internal.store.Policies;
import org.stadtkern.remotework.internal.store.Sites;

/**
 * {@code /api/remotework/people}: people who want to book register without an account and get their
 * token (for {@value WorkResource#TOKEN}) and the address of their calendar feed, each shown once; with
 * the token they list their bookings ({@code /me/bookings}) and cancel those of a range of days
 * ({@code /me/cancel}); a calendar application reads the feed ({@code /feeds/{feed}}) without the token.
 */
@Component(service = Servlet.class)
@HttpWhiteboardServletName("stadtkern-remotework-people")
@HttpWhiteboardServletPattern("/api/remotework/people/*")
public final class PeopleResource extends WorkResource {

    private static final long serialVersionUID = 1L;
    private static final int MAX_BODY = 2048;

    record Registration(String name, String email, String category, Boolean consent) {
    }

    record Days(LocalDate from, LocalDate to) {
    }

    /** What a new booker gets, once: the token and the address of the calendar feed. */
    record Registered(String token, String feed) {
    }

    private final transient People people;
    private final transient Bookings bookings;
    private final transient Lifecycle lifecycle;
    private final transient Sites sites;

    @Activate
    public PeopleResource(@Reference AccessControl access, @Reference Sites sites, @Reference People people,
            @Reference Policies policies, @Reference Tenancy tenancy, @Reference Bookings bookings,
            @Reference Lifecycle lifecycle) {
        super(access, sites, people, policies, tenancy);
        this.people = people;
        this.bookings = bookings;
        this.lifecycle = lifecycle;
        this.sites = sites;
        route("POST", "", Set.of(), this::register);
        route("GET", "/me/bookings", Set.of(), call -> Map.of("bookings", bookings.ofPerson(
                requireBooker(call).key(), Instant.now().minusSeconds(86400))));
        route("POST", "/me/cancel", Set.of(), this::cancelDays);
        route("GET", "/feeds/{feed}", Set.of(), this::feed);
    }

    private Object register(Call call) throws Problem, IOException, SQLException {
        Registration registration = call.body(Registration.class, MAX_BODY);
        if (!Boolean.TRUE.equals(registration.consent())) {
            throw Problem.badRequest("consent: name and e-mail are kept for your bookings and erased 90 days after "
                    + "the last one; say yes with \"consent\": true.");
        }
        People.Created created = people.create(tenant(call), registration.name(), registration.email(),
                registration.category());
        call.status(201);
        return new Registered(created.token(), call.baseUrl() + "/api/remotework/people/feeds/" + created.feed());
    }

    private Object cancelDays(Call call) throws Problem, IOException, SQLException {
        People.Person person = requireBooker(call);
        Days days = call.body(Days.class, MAX_BODY);
        if (days.from() == null || days.to() == null) {
            throw Problem.badRequest("from and to are needed (dates like 2026-12-10).");
        }
        return Map.of("cancelled", lifecycle.cancelDays(tenant(call), person.key(), days.from(), days.to(),
                Instant.now()));
    }

    private Object feed(Call call) throws Problem, SQLException {
        People.Person person = people.byFeed(call.path("feed")).orElseThrow(() -> Problem.notFound("No such feed."));
        call.response().setHeader("Cache-Control", "no-store");
        return new Representation("text/calendar", Calendars.of(bookings.ofPerson(person.key(),
                Instant.now().minusSeconds(30L * 86400)), "Meine Arbeitsplätze", sites, person.tenant()));
    }
}
