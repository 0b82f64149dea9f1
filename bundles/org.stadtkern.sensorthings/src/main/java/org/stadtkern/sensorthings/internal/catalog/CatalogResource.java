package org.stadtkern.sensorthings.internal.catalog;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

import javax.servlet.Servlet;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.http.whiteboard.propertytypes.HttpWhiteboardServletName;
import org.osgi.service.http.whiteboard.propertytypes.HttpWhiteboardServletPattern;
import org.osgi.service.metatype.annotations.Designate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.stadtkern.core.api.Tenancy;
import org.stadtkern.core.api.access.AccessControl;
import org.stadtkern.core.api.access.DatasetRef;
import org.stadtkern.core.api.http.Problem;
import org.stadtkern.sensorthings.internal.store.Columns;
import org.stadtkern.sensorthings.internal.store.SensorThingsDatabase;

/**
 * {@code GET /catalog}: the DCAT-AP.de 3.0 catalog as Turtle (default) or JSON-LD
 * ({@code Accept: application/ld+json} or {@code ?format=jsonld}), ready for GovData to harvest;
 * {@code GET /catalog/datasets/<id>}, a dataset's URI: the same for that dataset only;
 * {@code GET /catalog/index.html}: the same for people. An open-data catalog: it lists only datasets
 * whose data-sovereignty policy is {@code open} and only their Datastreams (Datastreams without a
 * dataset in the default dataset, where such data is open), so that it names nothing internal.
 */
@Component(service = Servlet.class, configurationPid = "org.stadtkern.catalog")
@Designate(ocd = CatalogConfig.class)
@HttpWhiteboardServletName("stadtkern-catalog")
@HttpWhiteboardServletPattern({"/catalog", "/catalog/*"})
public final class CatalogResource extends HttpServlet {

    private static final long serialVersionUID = 1L;
    private static final Logger LOG = LoggerFactory.getLogger(CatalogResource.class);
    private static final String DATASETS = "/datasets/";

    private final transient CatalogConfig config;
    private final transient SensorThingsDatabase database;
    private final transient Tenancy tenancy;
    private final transient AccessControl access;
    private final transient List<ConfiguredDataset> configured = new CopyOnWriteArrayList<>();

    @Activate
    public CatalogResource(CatalogConfig config, @Reference SensorThingsDatabase database,
            @Reference Tenancy tenancy, @Reference AccessControl access) {
        this.config = config;
        this.access = access;
        this.database = database;
        this.tenancy = tenancy;
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
    void addDataset(ConfiguredDataset dataset) {
        configured.add(dataset);
    }

    void removeDataset(ConfiguredDataset dataset) {
        configured.remove(dataset);
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String path = request.getPathInfo() == null ? "" : request.getPathInfo();
        try {
            String base = config.base_url().isBlank() ? request.getRequestURL().substring(0,
                    request.getRequestURL().length() - request.getRequestURI().length()) : config.base_url();
            boolean page = "/index.html".equals(path);
            String one = path.startsWith(DATASETS) ? path.substring(DATASETS.length()) : null;
            if (!page && one == null && !path.isEmpty() && !"/".equals(path)) {
                throw Problem.notFound("The catalog is at /catalog and /catalog/index.html.");
            }
            List<CatalogDataset> datasets = datasets();
            if (one != null) {
                // a dataset's URI (also the target of its ODRL policy) answers with the catalog of that dataset
                datasets = datasets.stream().filter(d -> d.id().equals(one)).toList();
                if (datasets.isEmpty()) {
                    throw Problem.notFound("The open-data catalog has no dataset '" + one + "'.");
                }
            }
            Map<String, List<CatalogGraph.Stream>> streams = streams(datasets);
            if (page) {
                page(response, CatalogPage.render(settings(), datasets, streams));
            } else {
                graph(request, response, CatalogGraph.build(settings(), base, datasets, streams));
            }
        } catch (Problem problem) {
            write(response, problem.status(), "application/problem+json",
                    Columns.MAPPER.writeValueAsBytes(problem.body(request.getRequestURI())));
        } catch (SQLException e) {
            LOG.error("Catalog not readable", e);
            Problem problem = new Problem(503, "Service Unavailable", "The catalog cannot be read right now.");
            write(response, 503, "application/problem+json",
                    Columns.MAPPER.writeValueAsBytes(problem.body(request.getRequestURI())));
        }
    }

    private void graph(HttpServletRequest request, HttpServletResponse response, Rdf graph) throws IOException {
        String accept = request.getHeader("Accept") == null ? "" : request.getHeader("Accept");
        if ("jsonld".equals(request.getParameter("format")) || accept.contains("application/ld+json")) {
            write(response, 200, "application/ld+json", Columns.MAPPER.writeValueAsBytes(JsonLdWriter.write(graph)));
        } else {
            write(response, 200, "text/turtle", TurtleWriter.write(graph).getBytes(StandardCharsets.UTF_8));
        }
    }

    private static void page(HttpServletResponse response, String html) throws IOException {
        write(response, 200, "text/html", html.getBytes(StandardCharsets.UTF_8));
    }

    private static void write(HttpServletResponse response, int status, String type, byte[] body) throws IOException {
        response.setStatus(status);
        response.setContentType(type + ";charset=UTF-8");
        response.setHeader("Cache-Control", "max-age=60");
        response.getOutputStream().write(body);
    }

    private CatalogGraph.Settings settings() {
        return new CatalogGraph.Settings(config.title(), config.description(), config.publisher_name(),
                config.publisher_uri(), config.contributor_id());
    }

    private boolean open(String dataset) {
        return access.readableByEveryone(new DatasetRef(tenancy.defaultTenant(), dataset));
    }

    /** The configured open datasets, and the default one if no file configures it (when unassigned data is open). */
    private List<CatalogDataset> datasets() {
        List<CatalogDataset> datasets = new ArrayList<>(configured.stream().map(ConfiguredDataset::dataset)
                .filter(d -> open(d.id())).toList());
        if (datasets.stream().noneMatch(d -> d.id().equals(config.default_dataset())) && open("")) {
            datasets.add(new CatalogDataset(config.default_dataset(), "Sensordaten", "Messwerte der Sensoren der "
                    + "urbanen Datenplattform.", List.of("Sensor"), "", "http://dcat-ap.de/def/licenses/dl-by-de/2.0",
                    config.publisher_name(), "", "", List.of()));
        }
        datasets.sort((a, b) -> a.id().compareTo(b.id()));
        return datasets;
    }

    /** The symbol of a Datastream's unitOfMeasurement (JSON); empty when it has none. */
    private static String symbol(String unit) {
        try {
            return Columns.MAPPER.readTree(unit).path("symbol").asText("");
        } catch (IOException e) {
            return "";
        }
    }

    /** The open Datastreams of the tenant, by dataset; those without a dataset go to the default one. */
    private Map<String, List<CatalogGraph.Stream>> streams(List<CatalogDataset> datasets) throws SQLException {
        Map<String, List<CatalogGraph.Stream>> streams = new HashMap<>();
        try (Connection connection = database.connection();
                PreparedStatement select = connection.prepareStatement("select d.id, d.name, d.dataset, "
                        + "d.phenomenon_time_start, d.phenomenon_time_end, t.name, d.unit_of_measurement "
                        + "from sta_datastreams d join sta_things t on t.id = d.thing_id where d.tenant = ? "
                        + "order by d.id")) {
            select.setString(1, tenancy.defaultTenant());
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    String dataset = rows.getString(3);
                    String id = dataset.isEmpty() ? config.default_dataset() : dataset;
                    if (datasets.stream().noneMatch(d -> d.id().equals(id)) || !open(dataset)) {
                        continue;
                    }
                    streams.computeIfAbsent(id, k -> new ArrayList<>()).add(new CatalogGraph.Stream(rows.getLong(1),
                            rows.getString(2), rows.getString(6), symbol(rows.getString(7)),
                            rows.getObject(4, OffsetDateTime.class), rows.getObject(5, OffsetDateTime.class)));
                }
            }
        }
        return streams;
    }
}
