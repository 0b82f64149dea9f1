package org.stadtkern.remotework.internal.http;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.http.whiteboard.propertytypes.HttpWhiteboardResource;

/**
 * The public pages {@code /remotework/index.html}: find a place (map and list with filters), a site with
 * its live occupancy, the booking flow and "my bookings" (labels, keyboard, contrast; works on a phone).
 * Static; they read and write through the measure's API.
 */
@Component(service = WorkPage.class)
@HttpWhiteboardResource(pattern = "/remotework/*", prefix = "/web")
public final class WorkPage {
}
