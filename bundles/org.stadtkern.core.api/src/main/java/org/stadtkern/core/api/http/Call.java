package org.stadtkern.core.api.http;

import java.io.IOException;
import java.util.Map;

import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

import org.stadtkern.core.api.access.Caller;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * One request to a {@link Resource}, as its handler sees it: the caller (authenticated, with the
 * route's role), the path's named segments, the body read and checked.
 */
public final class Call {

    private final HttpServletRequest request;
    private final HttpServletResponse response;
    private final Caller caller;
    private final Map<String, String> path;

    Call(HttpServletRequest request, HttpServletResponse response, Caller caller, Map<String, String> path) {
        this.request = request;
        this.response = response;
        this.caller = caller;
        this.path = Map.copyOf(path);
    }

    /** Who calls; anonymous only on routes without a role. */
    public Caller caller() {
        return caller;
    }

    /** The tenant whose data the call concerns: the caller's, or for anonymous callers the given one. */
    public String tenantOr(String defaultTenant) {
        return caller.isAnonymous() ? defaultTenant : caller.tenant();
    }

    /** A named segment of the route's template (an id: letters, digits and {@code . _ : -}). */
    public String path(String name) {
        String value = path.get(name);
        if (value == null) {
            throw new IllegalArgumentException("The route's template has no {" + name + "}.");
        }
        return value;
    }

    /** A named segment that must be a positive whole number, such as a generated key (else 404). */
    public long number(String name) throws Problem {
        String value = path(name);
        if (!value.matches("[1-9][0-9]{0,17}")) {
            throw Problem.notFound("No such entry: ids here are positive whole numbers.");
        }
        return Long.parseLong(value);
    }

    /** The runtime's URL as the client reached it, for links. */
    public String baseUrl() {
        return Callers.baseUrl(request);
    }

    /** The body as JSON bound strictly to the type (unknown fields, wrong types: 400; too long: 413). */
    public <T> T body(Class<T> type, int maxBytes) throws Problem, IOException {
        return ApiServlet.readJson(request, maxBytes, type);
    }

    /** The body as a JSON tree (other media types: 415; malformed: 400; too long: 413). */
    public JsonNode json(int maxBytes) throws Problem, IOException {
        return ApiServlet.readJson(request, maxBytes);
    }

    /** A query parameter, or {@code null}. */
    public String parameter(String name) {
        return request.getParameter(name);
    }

    /** An integer query parameter within [min, max] (else 400), or the fallback when absent. */
    public int intParameter(String name, int fallback, int min, int max) throws Problem {
        return ApiServlet.intParameter(request, name, fallback, min, max);
    }

    /** Sets the status of a successful answer, e.g. 201 for a created resource. */
    public Call status(int status) {
        response.setStatus(status);
        return this;
    }

    /** The request, for what the methods above do not cover (headers, servlet path). */
    public HttpServletRequest request() {
        return request;
    }

    /** The response, for a handler that writes a body itself (then return {@link ApiServlet#WRITTEN}). */
    public HttpServletResponse response() {
        return response;
    }
}
