package ${package}.internal.http;

import java.io.IOException;
import java.sql.SQLException;

import javax.servlet.Servlet;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.http.whiteboard.propertytypes.HttpWhiteboardServletName;
import org.osgi.service.http.whiteboard.propertytypes.HttpWhiteboardServletPattern;
import org.stadtkern.core.api.access.AccessControl;
import org.stadtkern.core.api.access.Caller;
import org.stadtkern.core.api.access.DatasetRef;
import org.stadtkern.core.api.access.Role;
import org.stadtkern.core.api.http.Call;
import org.stadtkern.core.api.http.Problem;
import org.stadtkern.core.api.http.Resource;
import ${package}.internal.${Measure}Measure;
import ${package}.internal.${Measure}Store;
import ${package}.internal.Item;

/**
 * {@code GET /api/${measure}/items}: the caller's tenant's items, for its users (role reader; the read
 * is audited). {@code POST /api/${measure}/items} with {@code {"name": "...", "note": "..."}}, for
 * operators: stores an item and answers it with 201. The base ({@link Resource}) logs callers in,
 * checks the roles, reads bodies strictly and answers every refusal as a problem.
 */
@Component(service = Servlet.class)
@HttpWhiteboardServletName("stadtkern-${measure}-items")
@HttpWhiteboardServletPattern("/api/${measure}/items")
public final class ${Measure}Resource extends Resource {

    private static final long serialVersionUID = 1L;
    private static final int MAX_BODY = 8 * 1024;

    private final transient AccessControl access;
    private final transient ${Measure}Store store;

    @Activate
    public ${Measure}Resource(@Reference AccessControl access, @Reference ${Measure}Store store) {
        super(access);
        this.access = access;
        this.store = store;
        handle("GET", "", Role.READER, this::items);
        handle("POST", "", Role.OPERATOR, this::add);
    }

    private Object items(Call call) throws SQLException {
        Caller caller = call.caller();
        access.recordRead(caller, new DatasetRef(caller.tenant(), ${Measure}Measure.ID), "items");
        return store.items(caller.tenant());
    }

    private Object add(Call call) throws Problem, IOException, SQLException {
        Item.New item = call.body(Item.New.class, MAX_BODY);
        if (!item.problem().isEmpty()) {
            throw Problem.badRequest(item.problem());
        }
        try {
            Item stored = store.add(call.caller().tenant(), item);
            call.status(201);
            return stored;
        } catch (IllegalStateException e) {
            throw new Problem(409, "Conflict", e.getMessage());
        }
    }
}
