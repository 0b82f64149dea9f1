package org.stadtkern.hinweg.internal.http;

import java.io.IOException;
import java.sql.SQLException;
import java.util.Locale;

import javax.servlet.Servlet;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.http.whiteboard.propertytypes.HttpWhiteboardServletName;
import org.osgi.service.http.whiteboard.propertytypes.HttpWhiteboardServletPattern;
import org.stadtkern.core.api.access.AccessControl;
import org.stadtkern.core.api.access.Role;
import org.stadtkern.core.api.http.Call;
import org.stadtkern.core.api.http.Problem;
import org.stadtkern.core.api.http.Resource;
import org.stadtkern.hinweg.internal.platform.SensorRegistration;
import org.stadtkern.hinweg.internal.store.CountingSensor;
import org.stadtkern.hinweg.internal.store.FleetStore;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The counting sensors: {@code GET /api/hinweg/sensors} for the tenant's users, {@code PUT
 * /api/hinweg/sensors/{id}} with {@code {"kind": "door", "vehicle": "...", "vdv457": true,
 * "status": "active"}} (or {@code "kind": "stop", "stop": "..."}) for operators; the answer names the
 * sensor's SensorThings Datastreams (its raw counts on the platform).
 */
@Component(service = Servlet.class)
@HttpWhiteboardServletName("stadtkern-hinweg-sensors")
@HttpWhiteboardServletPattern({"/api/hinweg/sensors", "/api/hinweg/sensors/*"})
public final class SensorsResource extends Resource {

    private static final long serialVersionUID = 1L;

    private final transient FleetStore fleet;
    private final transient SensorRegistration registration;

    @Activate
    public SensorsResource(@Reference AccessControl access, @Reference FleetStore fleet,
            @Reference SensorRegistration registration) {
        super(access);
        this.fleet = fleet;
        this.registration = registration;
        handle("GET", "", Role.READER, call -> fleet.sensors(call.caller().tenant(), null));
        handle("GET", "/{id}", Role.READER, call -> fleet.sensors(call.caller().tenant(), call.path("id")));
        handle("PUT", "/{id}", Role.OPERATOR, this::register);
    }

    private Object register(Call call) throws Problem, IOException, SQLException {
        CountingSensor sensor;
        try {
            sensor = sensor(call.path("id"), call.json(4096));
        } catch (IllegalArgumentException e) {
            throw Problem.badRequest(e.getMessage());
        }
        try {
            return registration.register(call.caller().tenant(), sensor);
        } catch (IllegalArgumentException e) {
            throw Problem.badRequest(e.getMessage());
        }
    }

    private static CountingSensor sensor(String id, JsonNode json) {
        CountingSensor.Kind kind = choice(CountingSensor.Kind.class, json.path("kind").asText());
        CountingSensor.Status status = choice(CountingSensor.Status.class, json.path("status").asText("active"));
        String vehicle = text(json, "vehicle");
        String stop = text(json, "stop");
        if (kind == CountingSensor.Kind.DOOR && vehicle == null || kind == CountingSensor.Kind.STOP && stop == null) {
            throw new IllegalArgumentException("a door counter names its 'vehicle', a stop counter its 'stop'");
        }
        if (json.has("vdv457") && !json.get("vdv457").isBoolean()) {
            throw new IllegalArgumentException("'vdv457' must be true or false");
        }
        return new CountingSensor(id, kind, kind == CountingSensor.Kind.DOOR ? vehicle : null,
                kind == CountingSensor.Kind.STOP ? stop : null, json.path("vdv457").asBoolean(false), status, null,
                null);
    }

    private static String text(JsonNode json, String field) {
        JsonNode value = json.get(field);
        if (value == null || value.isNull()) {
            return null;
        }
        if (!value.isTextual() || !value.asText().matches("[A-Za-z0-9][A-Za-z0-9._:-]{0,99}")) {
            throw new IllegalArgumentException("'" + field + "' must be an id: letters, digits and . _ : -");
        }
        return value.asText();
    }

    private static <E extends Enum<E>> E choice(Class<E> type, String text) {
        try {
            return Enum.valueOf(type, text.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("'" + text + "' is not one of "
                    + java.util.Arrays.stream(type.getEnumConstants()).map(c -> c.name().toLowerCase(Locale.ROOT))
                            .toList());
        }
    }
}
