package org.stadtkern.sensorthings.internal.http;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import javax.servlet.http.HttpServletResponse;

import org.stadtkern.core.api.http.Problem;
import org.stadtkern.sensorthings.internal.SensorThingsConfig;
import org.stadtkern.sensorthings.internal.json.DataArray;
import org.stadtkern.sensorthings.internal.json.EntityJson;
import org.stadtkern.sensorthings.internal.model.Entity;
import org.stadtkern.sensorthings.internal.model.EntityType;
import org.stadtkern.sensorthings.internal.mqtt.Notifier;
import org.stadtkern.sensorthings.internal.query.Query;
import org.stadtkern.sensorthings.internal.query.QueryException;
import org.stadtkern.sensorthings.internal.query.QueryParser;
import org.stadtkern.sensorthings.internal.query.ResourcePath;
import org.stadtkern.sensorthings.internal.query.ResourcePath.NotFound;
import org.stadtkern.sensorthings.internal.store.EntityReader;
import org.stadtkern.sensorthings.internal.store.EntityWriter;
import org.stadtkern.sensorthings.internal.store.Ingests;
import org.stadtkern.sensorthings.internal.store.ObservationBatch;
import org.stadtkern.sensorthings.internal.store.ObservationIngest;
import org.stadtkern.sensorthings.internal.store.ObservationMaintenance;
import org.stadtkern.sensorthings.internal.store.Page;
import org.stadtkern.sensorthings.internal.store.Transaction;
import org.stadtkern.sensorthings.internal.store.Visibility;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** Answers one SensorThings request: the service root, reads and writes of entities. */
final class Resources {

    private static final List<String> CONFORMANCE = List.of(
            "http://www.opengis.net/spec/iot_sensing/1.1/req/datamodel",
            "http://www.opengis.net/spec/iot_sensing/1.1/req/resource-path/resource-path-to-entities",
            "http://www.opengis.net/spec/iot_sensing/1.1/req/request-data",
            "http://www.opengis.net/spec/iot_sensing/1.1/req/create-update-delete",
            "http://docs.oasis-open.org/odata/odata-json-format/v4.01/odata-json-format-v4.01.html");

    private final RequestInfo info;
    private final String tenant;
    private final Visibility visibility;
    private final SensorThingsConfig config;
    private final Notifier notifier;
    private final ObservationIngest ingest;

    /**
     * @param tenant the tenant writes go to
     * @param visibility what reads may see (the caller's readable datasets)
     */
    Resources(RequestInfo info, String tenant, Visibility visibility, SensorThingsConfig config, Notifier notifier,
            ObservationIngest ingest) {
        this.info = info;
        this.tenant = tenant;
        this.visibility = visibility;
        this.config = config;
        this.notifier = notifier;
        this.ingest = ingest;
    }

    void get(Connection connection, HttpServletResponse response) throws SQLException, QueryException, NotFound,
            IOException {
        if (info.path().isEmpty()) {
            ok(response, serviceRoot());
            return;
        }
        ResourcePath path = ResourcePath.parse(info.path());
        Query query = QueryParser.parse(info.parameters());
        EntityReader reader = new EntityReader(connection, visibility, config.scan_limit());
        Target target = Target.resolve(path, reader);
        EntityJson json = new EntityJson(reader, info.root(), config.page_size());
        if (target.entity() != null) {
            Entity entity = target.entity();
            if (path.property() != null) {
                property(response, path, entity);
            } else if (path.ref()) {
                ok(response, json.reference(entity));
            } else {
                ok(response, json.entity(entity, query));
            }
            return;
        }
        if (info.parameters().containsKey("aggregate")) {
            ok(response, Aggregates.answer(connection, tenant, target, query, info.parameters().get("aggregate")));
            return;
        }
        Page page = reader.list(target.type(), target.scope(), query, config.page_size());
        String next = page.more() ? nextLink(query, page) : null;
        if (query.dataArray()) {
            if (target.type() != EntityType.OBSERVATION || path.ref()) {
                throw new QueryException("$resultFormat=dataArray is for collections of Observations.");
            }
            ok(response, DataArray.write(page, query.select(), info.root(), next));
            return;
        }
        ObjectNode body = path.ref() ? json.references(page.entities(), page.count())
                : json.collection(page, query, next);
        if (path.ref() && next != null) {
            body.put("@iot.nextLink", next);
        }
        ok(response, body);
    }

    void post(Connection connection, JsonNode body, HttpServletResponse response) throws SQLException,
            QueryException, NotFound, IOException, Problem {
        if ("/CreateObservations".equals(info.path())) {
            SensorThingsServlet.write(response, 201, SensorThingsServlet.JSON,
                    CreateObservations.create(connection, tenant, info.root(), body));
            return;
        }
        ResourcePath path = path();
        EntityReader reader = reader(connection);
        Target target = Target.resolve(path, reader);
        if (target.entity() != null || path.ref()) {
            throw Problem.methodNotAllowed("POST on a single entity (POST to its collection)");
        }
        Entity created;
        List<EntityWriter.Created> contents = List.of();
        if (isObservationOfDatastream(target) && ObservationBatch.plain(body)) {
            // no pool connection held while the group commit (and the notification after it) takes its own
            LazyConnection.release(connection);
            created = Ingests.await(ingest.submit(tenant, target.scope().parentId(), ObservationBatch.values(body)));
        } else {
            EntityWriter writer = new EntityWriter(connection, tenant);
            long id = Transaction.run(connection, () -> writer.create(target.type(), body, target.scope()));
            created = reader(connection).find(target.type(), id).orElseThrow();
            contents = writer.created();
        }
        EntityJson json = new EntityJson(reader, info.root(), config.page_size());
        ObjectNode entity = json.entity(created, Query.NONE);
        response.setHeader("Location", json.selfLink(created));
        SensorThingsServlet.write(response, 201, SensorThingsServlet.JSON, entity);
        notifier.created(created, entity);
        notifyContents(reader, json, created, contents);
    }

    /** The entities a deep insert created inside the new one are new in their sets and collections too. */
    private void notifyContents(EntityReader reader, EntityJson json, Entity root,
            List<EntityWriter.Created> contents) throws SQLException, QueryException {
        for (EntityWriter.Created content : contents) {
            if (content.type() == root.type() && content.id() == root.id()) {
                continue;
            }
            Optional<Entity> entity = reader.find(content.type(), content.id());
            if (entity.isPresent()) {
                notifier.created(entity.get(), json.entity(entity.get(), Query.NONE));
            }
        }
    }

    void update(Connection connection, JsonNode body, boolean jsonPatch, boolean replace,
            HttpServletResponse response) throws SQLException, QueryException, NotFound, IOException, Problem {
        Entity entity = single(connection);
        JsonNode changes = body;
        EntityJson json = new EntityJson(reader(connection), info.root(), config.page_size());
        if (jsonPatch) {
            ObjectNode current = JsonNodeFactory.instance.objectNode();
            entity.type().properties().forEach(p -> current.set(p.name(), EntityJson.value(entity.value(p.name()))));
            changes = JsonPatch.apply(current, body);
        }
        JsonNode update = changes;
        Transaction.run(connection, () -> {
            new EntityWriter(connection, tenant).update(entity.type(), entity.id(), update, replace);
            return entity.id();
        });
        Entity updated = reader(connection).find(entity.type(), entity.id()).orElseThrow();
        ObjectNode rendered = json.entity(updated, Query.NONE);
        ok(response, rendered);
        Set<String> changed = new HashSet<>();
        update.fieldNames().forEachRemaining(name -> {
            if (updated.type().property(name).isPresent()) {
                changed.add(name);
            }
        });
        notifier.updated(updated, rendered, changed);
    }

    void delete(Connection connection, HttpServletResponse response) throws SQLException, QueryException, NotFound,
            IOException, Problem {
        ResourcePath path = path();
        Target target = Target.resolve(path, reader(connection));
        if (target.entity() == null && target.type() == EntityType.OBSERVATION && !path.ref()) {
            Query query = QueryParser.parse(info.parameters());
            long deleted = Transaction.run(connection, () -> new ObservationMaintenance(connection, tenant)
                    .delete(target.scope(), query.filter()));
            ok(response, JsonNodeFactory.instance.objectNode().put("deleted", deleted));
            return;
        }
        Entity entity = single(connection);
        Transaction.run(connection, () -> {
            new EntityWriter(connection, tenant).delete(entity.type(), entity.id());
            return entity.id();
        });
        response.setStatus(200);
        response.setContentLength(0);
    }

    /** A POST to {@code Datastreams(id)/Observations}: group-committed (see {@link ObservationIngest}). */
    private static boolean isObservationOfDatastream(Target target) {
        return target.scope() != null
                && target.scope().via().equals(EntityType.DATASTREAM.navigation("Observations").orElseThrow());
    }

    private Entity single(Connection connection) throws SQLException, QueryException, NotFound, Problem {
        ResourcePath path = path();
        Target target = Target.resolve(path, reader(connection));
        if (target.entity() == null || path.ref()) {
            throw Problem.methodNotAllowed("this method on a collection (address one entity)");
        }
        return target.entity();
    }

    private ResourcePath path() throws QueryException, NotFound, Problem {
        if (info.path().isEmpty()) {
            throw Problem.methodNotAllowed("this method on the service root");
        }
        ResourcePath path = ResourcePath.parse(info.path());
        if (path.property() != null) {
            throw Problem.methodNotAllowed("this method on a property (address the entity)");
        }
        return path;
    }

    private void property(HttpServletResponse response, ResourcePath path, Entity entity) throws IOException {
        JsonNode value = EntityJson.value(entity.value(path.property().name()));
        if (path.value()) {
            response.setStatus(200);
            response.setContentType("text/plain;charset=UTF-8");
            String text = value.isTextual() ? value.textValue() : value.toString();
            response.getOutputStream().write(text.getBytes(StandardCharsets.UTF_8));
            return;
        }
        ok(response, JsonNodeFactory.instance.objectNode().set(path.property().name(), value));
    }

    private String nextLink(Query query, Page page) {
        int top = query.top() == null ? config.page_size() : Math.min(query.top(), config.page_size());
        List<String> parameters = new ArrayList<>();
        for (Map.Entry<String, String> parameter : info.parameters().entrySet()) {
            if (!"$top".equals(parameter.getKey()) && !"$skip".equals(parameter.getKey())) {
                parameters.add(encode(parameter.getKey()) + "=" + encode(parameter.getValue()));
            }
        }
        parameters.add("$top=" + top);
        parameters.add("$skip=" + (query.skip() + top));
        return info.root() + info.path() + "?" + String.join("&", parameters);
    }

    private static String encode(String text) {
        return java.net.URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20").replace("%24", "$")
                .replace("%2F", "/").replace("%28", "(").replace("%29", ")").replace("%2C", ",")
                .replace("%27", "'");
    }

    private ObjectNode serviceRoot() {
        ObjectNode root = JsonNodeFactory.instance.objectNode();
        var values = root.putArray("value");
        for (EntityType type : EntityType.values()) {
            values.addObject().put("name", type.plural()).put("url", info.root() + "/" + type.plural());
        }
        if ("v1.1".equals(info.version())) {
            var conformance = root.putObject("serverSettings").putArray("conformance");
            CONFORMANCE.forEach(conformance::add);
        }
        return root;
    }

    /** The writer's view: every entity of the tenant written to. */
    private EntityReader reader(Connection connection) {
        return new EntityReader(connection, tenant, config.scan_limit());
    }

    private static void ok(HttpServletResponse response, Object body) throws IOException {
        SensorThingsServlet.write(response, 200, SensorThingsServlet.JSON, body);
    }
}
