package org.stadtkern.core.api.http;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * An HTTP error as RFC 9457 problem details. Thrown by {@link ApiServlet} handlers; the servlet
 * writes it as {@code application/problem+json}.
 */
public final class Problem extends Exception {

    private static final long serialVersionUID = 1L;

    private final int status;
    private final String title;

    public Problem(int status, String title, String detail) {
        super(detail, null, false, false);
        this.status = status;
        this.title = title;
    }

    public static Problem badRequest(String detail) {
        return new Problem(400, "Bad Request", detail);
    }

    public static Problem notFound(String detail) {
        return new Problem(404, "Not Found", detail);
    }

    public static Problem methodNotAllowed(String method) {
        return new Problem(405, "Method Not Allowed", "This resource does not support " + method + ".");
    }

    public static Problem payloadTooLarge(long limit) {
        return new Problem(413, "Payload Too Large", "The request body exceeds " + limit + " bytes.");
    }

    public static Problem unsupportedMediaType(String expected) {
        return new Problem(415, "Unsupported Media Type", "Send the body as " + expected + ".");
    }

    public int status() {
        return status;
    }

    public String title() {
        return title;
    }

    public String detail() {
        return getMessage();
    }

    /** The problem as a JSON object: type, title, status, detail and the request path. */
    public Map<String, Object> body(String instance) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", "about:blank");
        body.put("title", title);
        body.put("status", status);
        body.put("detail", getMessage());
        body.put("instance", instance);
        return body;
    }
}
