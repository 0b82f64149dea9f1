package org.stadtkern.sensorthings.internal.http;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.http.whiteboard.propertytypes.HttpWhiteboardResource;

/**
 * The urban data platform's page for people: {@code /platform/index.html}, the newest Observation of
 * every Datastream the visitor may read (through the SensorThings API), and the runtime's health.
 */
@Component(service = PlatformPage.class)
@HttpWhiteboardResource(pattern = "/platform/*", prefix = "/web/platform")
public final class PlatformPage {
}
