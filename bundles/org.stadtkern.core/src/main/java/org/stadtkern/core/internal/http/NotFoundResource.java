package org.stadtkern.core.internal.http;

import javax.servlet.Servlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.http.whiteboard.propertytypes.HttpWhiteboardServletName;
import org.osgi.service.http.whiteboard.propertytypes.HttpWhiteboardServletPattern;
import org.stadtkern.core.api.http.ApiServlet;
import org.stadtkern.core.api.http.Problem;

/** The default servlet: any path no resource serves gets a 404 problem body, not an HTML page. */
@Component(service = Servlet.class)
@HttpWhiteboardServletName("stadtkern-not-found")
@HttpWhiteboardServletPattern("/")
public final class NotFoundResource extends ApiServlet {

    private static final long serialVersionUID = 1L;

    @Override
    protected Object get(HttpServletRequest request, HttpServletResponse response) throws Problem {
        throw Problem.notFound("No resource at " + request.getRequestURI() + ".");
    }

    @Override
    protected Object post(HttpServletRequest request, HttpServletResponse response) throws Problem {
        return get(request, response);
    }

    @Override
    protected Object put(HttpServletRequest request, HttpServletResponse response) throws Problem {
        return get(request, response);
    }

    @Override
    protected Object delete(HttpServletRequest request, HttpServletResponse response) throws Problem {
        return get(request, response);
    }
}
