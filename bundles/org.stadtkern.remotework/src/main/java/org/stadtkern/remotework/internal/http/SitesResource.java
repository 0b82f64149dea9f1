package org.stadtkern.remotework.internal.http;

import java.io.IOException;
import java.io.StringWriter;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;

import javax.servlet.Servlet;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.http.whiteboard.propertytypes.HttpWhiteboardServletName;
import org.osgi.service.http.whiteboard.propertytypes.HttpWhiteboardServletPattern;
import org.stadtkern.core.api.Tenancy;
import org.stadtkern.core.api.access.AccessControl;
import org.stadtkern.core.api.access.Role;
import org.stadtkern.core.api.http.Call;
import org.stadtkern.core.api.http.Problem;
import org.stadtkern.core.api.http.Representation;
import org.stadtkern.remotework.internal.site.Site;
import org.stadtkern.remotework.internal.site.Space;
import org.stadtkern.remotework.internal.store.Bookings;
import org.stadtkern.remotework.internal.store.Occupancy;
import org.stadtkern.remotework.internal.store.People;
import org.stadtkern.remotework.internal.store.Policies;
import org.stadtkern.remotework.internal.store.SiteRow;
import org.stadtkern.remotework.internal.store.Sites;
import org.stadtkern.remotework.internal.store.SpaceRow;

/**
 * {@code /api/remotework/sites}: the sites with their live occupancy, open data for everyone (JSON, or CSV
 * with {@code ?format=csv}), filtered by amenities, accessibility, free places now, a near stop or a type
 * of space; one site with its spaces and profile; what is booked on a day. Operators describe sites and
 * spaces ({@code PUT}) and read a space's check-in code for its QR label.
 */
@Component(service = Servlet.class)
@HttpWhiteboardServletName("stadtkern-remotework-sites")
@HttpWhiteboardServletPattern("/api/remotework/sites/*")
public final class SitesResource extends WorkResource {

    private static final long serialVersionUID = 1L;
    private static final int MAX_SITE = 32 * 1024;
    private static final int MAX_SPACE = 4 * 1024;
    private static final Set<String> AMENITIES = Set.of("wifi", "screens", "docks", "lockers", "coffee",
            "quiet-zone", "phone-booths");

    private final transient Sites sites;
    private final transient Occupancy occupancy;
    private final transient SiteFilter filter = new SiteFilter();
    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC)
    private transient volatile Nearby nearby;

    @Activate
    public SitesResource(@Reference AccessControl access, @Reference Sites sites, @Reference People people,
            @Reference Policies policies, @Reference Tenancy tenancy, @Reference Occupancy occupancy,
            @Reference Bookings bookings) {
        super(access, sites, people, policies, tenancy);
        this.sites = sites;
        this.occupancy = occupancy;
        route("GET", "", Set.of(), this::list);
        route("GET", "/{site}", Set.of(), call -> entry(call, site(call), true));
        route("PUT", "/{site}", Set.of(Role.OPERATOR), this::putSite);
        route("GET", "/{site}/occupancy", Set.of(), call -> occupancy.live(site(call), Instant.now()));
        Availability availability = new Availability(bookings, sites);
        route("GET", "/{site}/availability", Set.of(), call -> availability.of(site(call), call.parameter("date")));
        route("PUT", "/{site}/spaces/{space}", Set.of(Role.OPERATOR), this::putSpace);
        route("GET", "/{site}/spaces/{space}", Set.of(), this::space);
        route("DELETE", "/{site}/spaces/{space}", Set.of(Role.OPERATOR), call -> {
            if (!sites.retire(call.caller().tenant(), call.path("site"), call.path("space"), Instant.now())) {
                throw Problem.notFound("No such space.");
            }
            return Map.of("retired", call.path("space"));
        });
    }

    private Object list(Call call) throws Problem, IOException, SQLException {
        String format = call.parameter("format");
        if (format != null && !"csv".equals(format) && !"json".equals(format)) {
            throw Problem.badRequest("format is json or csv.");
        }
        List<String> amenities = call.parameter("amenity") == null ? List.of()
                : Arrays.asList(call.parameter("amenity").split(","));
        if (!AMENITIES.containsAll(amenities)) {
            throw Problem.badRequest("amenity names one or more of " + String.join(", ", AMENITIES.stream().sorted()
                    .toList()) + ".");
        }
        SiteFilter.Query query = filter.query(amenities, call.parameter("accessible"), call.parameter("free"),
                call.parameter("stop"), call.parameter("type"));
        List<SiteEntry> entries = new ArrayList<>();
        for (SiteRow site : sites.list(tenant(call))) {
            SiteEntry entry = entry(call, site, false);
            if (filter.matches(query, entry)) {
                entries.add(entry);
            }
        }
        return "csv".equals(format) ? new Representation("text/csv", csv(entries)) : Map.of("sites", entries);
    }

    private SiteEntry entry(Call call, SiteRow site, boolean detailed) throws IOException, SQLException {
        Nearby stops = nearby;
        List<SpaceRow> rows = sites.spaces(site.key());
        Occupancy.Live live = occupancy.live(site, rows, Instant.now());
        List<SiteEntry.SpaceEntry> spaces = new ArrayList<>();
        for (SpaceRow space : rows) {
            String status = live.statuses().stream().filter(s -> s.space().equals(space.id())).findFirst()
                    .map(Occupancy.SpaceStatus::status).orElse(null);
            spaces.add(new SiteEntry.SpaceEntry(space.id(), space.space(), status, null));
        }
        return new SiteEntry(site.id(), site.site(), live, stops == null ? List.of() : stops.stops(tenant(call),
                site.site().latitude(), site.site().longitude()), spaces, detailed ? occupancy.usual(site.key())
                        : null);
    }

    private Object putSite(Call call) throws Problem, IOException, SQLException {
        Site site = call.body(Site.class, MAX_SITE);
        boolean created = sites.put(call.caller().tenant(), call.path("site"), site);
        call.status(created ? 201 : 200);
        return entry(call, sites.find(call.caller().tenant(), call.path("site")).orElseThrow(), true);
    }

    private Object putSpace(Call call) throws Problem, IOException, SQLException {
        SiteRow site = site(call);
        Space space = call.body(Space.class, MAX_SPACE);
        boolean created = sites.put(call.caller().tenant(), site, call.path("space"), space);
        call.status(created ? 201 : 200);
        return space(call);
    }

    private Object space(Call call) throws Problem, SQLException {
        SpaceRow space = sites.space(tenant(call), call.path("site"), call.path("space"))
                .orElseThrow(() -> Problem.notFound("No such space."));
        return new SiteEntry.SpaceEntry(space.id(), space.space(), null, operator(call) ? space.checkInCode() : null);
    }

    private static String csv(List<SiteEntry> entries) throws IOException {
        StringWriter out = new StringWriter();
        try (CSVPrinter printer = CSVFormat.RFC4180.builder().setHeader("id", "name", "kind", "operator", "street",
                "postcode", "city", "latitude", "longitude", "price", "wifi_mbps", "wheelchair", "spaces", "free",
                "busy", "open").get().print(out)) {
            for (SiteEntry entry : entries) {
                Site site = entry.site();
                printer.printRecord(entry.id(), site.name(), site.kind(), site.operator(), site.address().street(),
                        site.address().postcode(), site.address().city(), site.latitude(), site.longitude(),
                        site.price(), site.amenities() == null ? null : site.amenities().wifiMbps(),
                        site.accessibility() != null && site.accessibility().wheelchair(),
                        entry.occupancy().spaces(), entry.occupancy().free(), entry.occupancy().busy(),
                        entry.occupancy().open());
            }
        }
        return out.toString();
    }
}
