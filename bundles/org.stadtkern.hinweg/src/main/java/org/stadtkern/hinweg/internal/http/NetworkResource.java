package org.stadtkern.hinweg.internal.http;

import java.io.IOException;
import java.io.InputStream;
import java.sql.SQLException;

import javax.servlet.Servlet;
import javax.servlet.http.HttpServletRequest;

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
import org.stadtkern.hinweg.internal.gtfs.GtfsException;
import org.stadtkern.hinweg.internal.gtfs.GtfsReader;
import org.stadtkern.hinweg.internal.gtfs.GtfsTooLarge;
import org.stadtkern.hinweg.internal.store.NetworkStore;

/**
 * {@code POST /api/hinweg/gtfs} with a GTFS zip ({@code Content-Type: application/zip}), for
 * operators: replaces the tenant's network; answers what was imported, or 400 with the first
 * problem of the feed, 413 past the reader's limits (unpacked size, entries, packing ratio: a zip
 * bomb is refused after a few MB of unpacking); nothing is changed then.
 */
@Component(service = Servlet.class)
@HttpWhiteboardServletName("stadtkern-hinweg-gtfs")
@HttpWhiteboardServletPattern("/api/hinweg/gtfs")
public final class NetworkResource extends Resource {

    private static final long serialVersionUID = 1L;
    /** The largest upload: 200 MB (a large city's feed is some tens of MB). */
    private static final long MAX_UPLOAD = 200L * 1024 * 1024;

    private final transient NetworkStore network;

    @Activate
    public NetworkResource(@Reference AccessControl access, @Reference NetworkStore network) {
        super(access);
        this.network = network;
        handle("POST", "", Role.OPERATOR, this::replace);
    }

    private Object replace(Call call) throws Problem, IOException, SQLException {
        HttpServletRequest request = call.request();
        String type = request.getContentType();
        if (type == null || !(type.startsWith("application/zip") || type.startsWith("application/octet-stream"))) {
            throw Problem.unsupportedMediaType("application/zip");
        }
        if (request.getContentLengthLong() > MAX_UPLOAD) {
            throw Problem.payloadTooLarge(MAX_UPLOAD);
        }
        InputStream zip = request.getInputStream();
        // the container closes the request's stream; the reader leaves it open for drain
        try {
            return network.replace(call.caller().tenant(), GtfsReader.read(zip));
        } catch (GtfsTooLarge e) {
            drain(zip);
            throw new Problem(413, "Payload Too Large", e.getMessage());
        } catch (GtfsException e) {
            drain(zip);
            throw Problem.badRequest(e.getMessage());
        }
    }

    /**
     * Reads the rest of a refused upload, packed, up to {@link #MAX_UPLOAD}: the client gets the answer
     * instead of a connection closed while it still sends (nothing is unpacked or kept).
     */
    private static void drain(InputStream upload) throws IOException {
        byte[] buffer = new byte[64 * 1024];
        long drained = 0;
        for (int n = upload.read(buffer); n > 0 && drained < MAX_UPLOAD; n = upload.read(buffer)) {
            drained += n;
        }
    }
}
