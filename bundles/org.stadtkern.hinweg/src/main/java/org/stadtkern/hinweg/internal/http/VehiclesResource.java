package org.stadtkern.hinweg.internal.http;

import java.io.IOException;
import java.sql.SQLException;

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
import org.stadtkern.hinweg.internal.ingest.DoorEvents;
import org.stadtkern.hinweg.internal.load.Capacity;
import org.stadtkern.hinweg.internal.store.FleetStore;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * {@code GET /api/hinweg/vehicles[/{id}]}: each counted vehicle's occupancy for travellers' apps
 * (level and coarse percentage; open data). {@code PUT /api/hinweg/vehicles/{id}} with
 * {@code {"seated", "standing", "wheelchair", "bicycles"}}, for operators: the vehicle's capacity.
 */
@Component(service = Servlet.class)
@HttpWhiteboardServletName("stadtkern-hinweg-vehicles")
@HttpWhiteboardServletPattern({"/api/hinweg/vehicles", "/api/hinweg/vehicles/*"})
public final class VehiclesResource extends Resource {

    private static final long serialVersionUID = 1L;

    private final transient DoorEvents events;
    private final transient FleetStore fleet;

    @Activate
    public VehiclesResource(@Reference AccessControl access, @Reference DoorEvents events,
            @Reference FleetStore fleet) {
        super(access);
        this.events = events;
        this.fleet = fleet;
        handle("GET", "", null, call -> events.vehicles().stream().map(DoorEvents::view).toList());
        handle("GET", "/{id}", null, call -> events.vehicle(call.path("id")).map(DoorEvents::view)
                .orElseThrow(() -> Problem.notFound("No vehicle '" + call.path("id") + "' has been counted.")));
        handle("PUT", "/{id}", Role.OPERATOR, this::putCapacity);
    }

    private Object putCapacity(Call call) throws Problem, IOException, SQLException {
        JsonNode json = call.json(4096);
        Capacity capacity;
        try {
            capacity = new Capacity(Ids.count(json, "seated"), Ids.count(json, "standing"),
                    Ids.count(json, "wheelchair"), Ids.count(json, "bicycles"));
        } catch (IllegalArgumentException e) {
            throw Problem.badRequest(e.getMessage());
        }
        fleet.putVehicle(call.caller().tenant(), call.path("id"), capacity);
        return capacity;
    }
}
