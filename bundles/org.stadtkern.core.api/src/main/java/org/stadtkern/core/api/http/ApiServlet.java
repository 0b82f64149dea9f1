package org.stadtkern.core.api.http;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.stadtkern.core.api.measure.Json;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.ObjectWriter;

/**
 * Base of every Stadtkern JSON servlet: whatever goes wrong reaches the client as a problem body with
 * a 4xx or 5xx status, and unexpected failures are logged, not shown. Measures extend {@link Resource}
 * (routes with path templates and roles); servlets with their own protocol (SensorThings) override
 * the methods they support and return the response body (serialised by Jackson).
 */
public abstract class ApiServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;
    private static final Logger LOG = LoggerFactory.getLogger(ApiServlet.class);

    public static final String JSON = "application/json";
    public static final String PROBLEM_JSON = "application/problem+json";

    /**
     * Returned by a method that wrote the response itself (a binary body such as protobuf): nothing
     * more is written.
     */
    protected static final Object WRITTEN = new Object();

    /** The most bytes of an oversized body read and dropped before answering 413. */
    public static final long DISCARD_LIMIT = 16L * 1024 * 1024;

    /** JSON as every Stadtkern API writes it (the kit's one mapping, not reconfigurable here). */
    private static final ObjectReader READER = Json.reader();
    private static final ObjectWriter WRITER = Json.writer();

    @Override
    protected final void service(HttpServletRequest request, HttpServletResponse response) throws IOException {
        try {
            Object body = dispatch(request, response);
            if (body != WRITTEN) {
                write(response, response.getStatus(), JSON, body);
            }
        } catch (Problem problem) {
            writeProblem(request, response, problem);
        } catch (RuntimeException | IOException e) {
            LOG.error("{} {} failed", request.getMethod(), request.getRequestURI(), e);
            writeProblem(request, response, new Problem(500, "Internal Server Error",
                    "The request could not be completed; the error has been logged."));
        }
    }

    /**
     * Answers a request: by default with {@link #get}, {@link #post}, {@link #put}, {@link #patch} or
     * {@link #delete}; {@link Resource} answers with its declared routes instead.
     */
    protected Object dispatch(HttpServletRequest request, HttpServletResponse response) throws Problem, IOException {
        return switch (request.getMethod()) {
            case "GET" -> get(request, response);
            case "POST" -> post(request, response);
            case "PUT" -> put(request, response);
            case "PATCH" -> patch(request, response);
            case "DELETE" -> delete(request, response);
            default -> throw Problem.methodNotAllowed(request.getMethod());
        };
    }

    protected Object get(HttpServletRequest request, HttpServletResponse response) throws Problem, IOException {
        throw Problem.methodNotAllowed("GET");
    }

    protected Object post(HttpServletRequest request, HttpServletResponse response) throws Problem, IOException {
        throw Problem.methodNotAllowed("POST");
    }

    protected Object put(HttpServletRequest request, HttpServletResponse response) throws Problem, IOException {
        throw Problem.methodNotAllowed("PUT");
    }

    protected Object patch(HttpServletRequest request, HttpServletResponse response) throws Problem, IOException {
        throw Problem.methodNotAllowed("PATCH");
    }

    protected Object delete(HttpServletRequest request, HttpServletResponse response) throws Problem, IOException {
        throw Problem.methodNotAllowed("DELETE");
    }

    /** Reads the request body as JSON, refusing other media types, oversized and malformed bodies. */
    protected static JsonNode readJson(HttpServletRequest request, int maxBytes) throws Problem, IOException {
        try {
            return READER.readTree(body(request, maxBytes));
        } catch (JsonProcessingException e) {
            throw Problem.badRequest("The body is not valid JSON: " + e.getOriginalMessage());
        }
    }

    /**
     * Reads the request body as JSON into a record or class strictly (the kit's {@code Json.bind}):
     * other media types, oversized and malformed bodies, unknown properties and wrong types are refused
     * with a problem that names the field.
     */
    protected static <T> T readJson(HttpServletRequest request, int maxBytes, Class<T> type)
            throws Problem, IOException {
        byte[] body = body(request, maxBytes);
        try {
            return Json.bind(body, Json.strictReader(type));
        } catch (IllegalArgumentException e) {
            throw Problem.badRequest("The body does not fit: " + e.getMessage());
        }
    }

    /** The JSON body of at most {@code maxBytes}: 415 for another media type, 413 when longer. */
    private static byte[] body(HttpServletRequest request, int maxBytes) throws Problem, IOException {
        String type = request.getContentType();
        if (type == null || !type.toLowerCase().startsWith(JSON)) {
            throw Problem.unsupportedMediaType(JSON);
        }
        try (InputStream in = request.getInputStream()) {
            byte[] body = in.readNBytes(maxBytes + 1);
            if (body.length > maxBytes) {
                discard(in);
                throw Problem.payloadTooLarge(maxBytes);
            }
            return body;
        }
    }

    /**
     * Reads and drops the rest of an oversized body (up to {@value #DISCARD_LIMIT} bytes), so that the
     * client, still sending, receives the 413 instead of a reset connection.
     */
    public static void discard(InputStream in) throws IOException {
        long skipped = 0;
        byte[] buffer = new byte[8192];
        int read;
        while (skipped < DISCARD_LIMIT && (read = in.read(buffer)) > 0) {
            skipped += read;
        }
    }

    /** An integer query parameter within [min, max], or the default when absent. */
    protected static int intParameter(HttpServletRequest request, String name, int fallback, int min, int max)
            throws Problem {
        String value = request.getParameter(name);
        if (value == null) {
            return fallback;
        }
        try {
            int parsed = Integer.parseInt(value.trim());
            if (parsed < min || parsed > max) {
                throw Problem.badRequest(name + " must be between " + min + " and " + max + ".");
            }
            return parsed;
        } catch (NumberFormatException e) {
            throw Problem.badRequest(name + " must be an integer.");
        }
    }

    protected static void writeProblem(HttpServletRequest request, HttpServletResponse response, Problem problem)
            throws IOException {
        if (problem.status() == 401) {
            response.setHeader("WWW-Authenticate", "Basic realm=\"stadtkern\", charset=\"UTF-8\"");
        }
        write(response, problem.status(), PROBLEM_JSON, problem.body(request.getRequestURI()));
    }

    private static void write(HttpServletResponse response, int status, String type, Object body)
            throws IOException {
        response.setStatus(status);
        response.setContentType(type);
        response.setCharacterEncoding("UTF-8");
        response.setHeader("Cache-Control", "no-store");
        if (body instanceof Representation representation) {
            response.setContentType(representation.mediaType());
            response.setCharacterEncoding("UTF-8");
            response.getOutputStream().write(representation.content().getBytes(StandardCharsets.UTF_8));
            return;
        }
        WRITER.writeValue(response.getOutputStream(), body);
    }
}
