package org.stadtkern.core.internal.http;

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
import org.stadtkern.core.api.Tenancy;
import org.stadtkern.core.api.http.ApiServlet;
import org.stadtkern.core.api.http.Problem;
import org.stadtkern.core.internal.store.DeadLetterStore;

/**
 * {@code GET /api/dead-letters?limit=50}: the newest rejected messages with their reasons. Payloads
 * can hold anything a sender published, so only operators (role {@code admin}) may read them.
 */
@Component(service = Servlet.class)
@HttpWhiteboardServletName("stadtkern-dead-letter")
@HttpWhiteboardServletPattern("/api/dead-letters")
public final class DeadLetterResource extends ApiServlet {

    private static final long serialVersionUID = 1L;

    private final transient DeadLetterStore store;
    private final transient Tenancy tenancy;

    @Activate
    public DeadLetterResource(@Reference DeadLetterStore store, @Reference Tenancy tenancy) {
        this.store = store;
        this.tenancy = tenancy;
    }

    @Override
    protected Object get(HttpServletRequest request, HttpServletResponse response) throws Problem, IOException {
        BasicAuthentication.requireRole(request, "admin");
        int limit = intParameter(request, "limit", 50, 1, 1000);
        try {
            return store.recent(tenancy.defaultTenant(), limit);
        } catch (SQLException e) {
            throw new IOException(e);
        }
    }
}
