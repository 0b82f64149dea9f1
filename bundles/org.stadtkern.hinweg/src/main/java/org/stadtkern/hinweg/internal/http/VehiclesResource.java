package org.stadtkern.hinweg.internal.http;

import java.io.IOException;
import java.sql.SQLException;

import javax.servlet.Servlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.http.whiteboard.propertytypes.HttpWhiteboardServletName;
import org.osgi.service.http.whiteboard.propertytypes.HttpWhiteboardServletPattern;
import org.stadtkern.core.api.access.AccessControl;
import org.stadtkern.core.api.access.Caller;
import org.stadtkern.core.api.access.Role;
import org.stadtkern.core.api.http.ApiServlet;
import org.stadtkern.core.api.http.Callers;
import org.stadtkern.core.api.http.Problem;
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
public final class VehiclesResource extends ApiServlet {

    private static final long serialVersionUID = 1L;

    private final transient AccessControl access;
    private final transient DoorEvents events;
    private final transient FleetStore fleet;

    @Activate
    public VehiclesResource(@Reference AccessControl access, @Reference DoorEvents events,
            @Reference FleetStore fleet) {
        this.access = access;
        this.events = events;
        this.fleet = fleet;
    }

    @Override
    protected Object get(HttpServletRequest request, HttpServletResponse response) throws Problem {
        Callers.of(access, request);
        String id = Ids.of(request);
        if (id == null) {
            return events.vehicles().stream().map(DoorEvents::view).toList();
        }
        return events.vehicle(id).map(DoorEvents::view)
                .orElseThrow(() -> Problem.notFound("No vehicle '" + id + "' has been counted."));
    }

    @Override
    protected Object put(HttpServletRequest request, HttpServletResponse response) throws Problem, IOException {
        Caller caller = Callers.withRole(access, request, Role.OPERATOR);
        String id = Ids.required(request);
        JsonNode json = readJson(request, 4096);
        Capacity capacity;
        try {
            capacity = new Capacity(Ids.count(json, "seated"), Ids.count(json, "standing"),
                    Ids.count(json, "wheelchair"), Ids.count(json, "bicycles"));
        } catch (IllegalArgumentException e) {
            throw Problem.badRequest(e.getMessage());
        }
        try {
            fleet.putVehicle(caller.tenant(), id, capacity);
            return capacity;
        } catch (SQLException e) {
            throw new IOException(e);
        }
    }
}
