package org.stadtkern.platform.internal;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.http.whiteboard.propertytypes.HttpWhiteboardResource;

/** The platform's page for people: {@code /platform/index.html}, live datastreams and health. */
@Component(service = PlatformPage.class)
@HttpWhiteboardResource(pattern = "/platform/*", prefix = "/web")
public final class PlatformPage {
}
