package org.stadtkern.hinweg.internal.http;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.http.whiteboard.propertytypes.HttpWhiteboardResource;

/** The stop display: {@code /hinweg/stop.html?stop={id}}, departures with occupancy icons, for small screens. */
@Component(service = StopDisplayPage.class)
@HttpWhiteboardResource(pattern = "/hinweg/*", prefix = "/web")
public final class StopDisplayPage {
}
