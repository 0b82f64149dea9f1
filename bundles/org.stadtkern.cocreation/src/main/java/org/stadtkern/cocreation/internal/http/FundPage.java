package org.stadtkern.cocreation.internal.http;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.http.whiteboard.propertytypes.HttpWhiteboardResource;

/**
 * The public page {@code /cocreation/index.html}: the funded projects, and the form to submit an idea to
 * an open call (labels, keyboard, contrast; works on a phone). Static; it reads and writes through the
 * fund's API.
 */
@Component(service = FundPage.class)
@HttpWhiteboardResource(pattern = "/cocreation/*", prefix = "/web")
public final class FundPage {
}
