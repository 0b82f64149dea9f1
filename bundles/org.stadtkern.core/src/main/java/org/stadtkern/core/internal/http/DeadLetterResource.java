package org.stadtkern.core.internal.http;


import javax.servlet.Servlet;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.http.whiteboard.propertytypes.HttpWhiteboardServletName;
import org.osgi.service.http.whiteboard.propertytypes.HttpWhiteboardServletPattern;
import org.stadtkern.core.api.access.AccessControl;
import org.stadtkern.core.api.access.Role;
import org.stadtkern.core.api.http.Resource;
import org.stadtkern.core.internal.store.DeadLetterStore;

/**
 * {@code GET /api/dead-letters?limit=50}: the newest rejected messages with their reasons. Payloads
 * can hold anything a sender published, so only administrators (role {@code admin}) read them, each
 * those of their own tenant.
 */
@Component(service = Servlet.class)
@HttpWhiteboardServletName("stadtkern-dead-letter")
@HttpWhiteboardServletPattern("/api/dead-letters")
public final class DeadLetterResource extends Resource {

    private static final long serialVersionUID = 1L;

    /** The access model of data sovereignty: one way to log in for every API. */
    @Activate
    public DeadLetterResource(@Reference AccessControl access, @Reference DeadLetterStore store) {
        super(access);
        handle("GET", "", Role.ADMIN, call -> store.recent(call.caller().tenant(),
                call.intParameter("limit", 50, 1, 1000)));
    }
}
