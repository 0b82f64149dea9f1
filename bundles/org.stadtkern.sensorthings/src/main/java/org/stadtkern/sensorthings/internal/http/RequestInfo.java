package org.stadtkern.sensorthings.internal.http;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

import javax.servlet.http.HttpServletRequest;

import org.stadtkern.sensorthings.internal.query.QueryException;
import org.stadtkern.sensorthings.internal.query.ResourcePath.NotFound;

/**
 * What a SensorThings request addresses: the API version, the path below the service root, the
 * decoded query options, and the service root URL used in links.
 *
 * @param version {@code v1.0} or {@code v1.1}
 * @param path the resource path below the version, starting with '/' (or empty for the service root)
 * @param parameters the query parameters, decoded
 * @param root the service root URL, e.g. {@code http://localhost:8181/sta/v1.1}
 */
record RequestInfo(String version, String path, Map<String, String> parameters, String root) {

    static final int MAX_PARAMETERS = 32;

    static RequestInfo of(HttpServletRequest request, String baseUrl) throws QueryException, NotFound {
        String pathInfo = request.getPathInfo() == null ? "" : request.getPathInfo();
        int slash = pathInfo.indexOf('/', 1);
        String version = slash < 0 ? pathInfo.substring(Math.min(1, pathInfo.length())) : pathInfo.substring(1, slash);
        if (!"v1.0".equals(version) && !"v1.1".equals(version)) {
            throw new NotFound("SensorThings is served at /sta/v1.1 (and /sta/v1.0).");
        }
        String path = slash < 0 ? "" : pathInfo.substring(slash);
        String base = baseUrl.isBlank() ? request.getRequestURL().substring(0,
                request.getRequestURL().length() - pathInfo.length()) : baseUrl.replaceAll("/+$", "");
        return new RequestInfo(version, "/".equals(path) ? "" : path, parameters(request.getQueryString()),
                base + "/" + version);
    }

    /** A request inside a batch: {@code url} relative to the service root, e.g. {@code Things(1)?$select=name}. */
    RequestInfo inner(String url) throws QueryException {
        String relative = url.startsWith(root) ? url.substring(root.length()) : url;
        if (!relative.startsWith("/")) {
            relative = "/" + relative;
        }
        int question = relative.indexOf('?');
        String path = question < 0 ? relative : relative.substring(0, question);
        return new RequestInfo(version, "/".equals(path) ? "" : path,
                parameters(question < 0 ? null : relative.substring(question + 1)), root);
    }

    private static Map<String, String> parameters(String query) throws QueryException {
        Map<String, String> parameters = new LinkedHashMap<>();
        if (query == null || query.isEmpty()) {
            return parameters;
        }
        String[] pairs = query.split("&");
        if (pairs.length > MAX_PARAMETERS) {
            throw new QueryException("More than " + MAX_PARAMETERS + " query parameters.");
        }
        for (String pair : pairs) {
            if (pair.isEmpty()) {
                continue;
            }
            int equals = pair.indexOf('=');
            String name = decode(equals < 0 ? pair : pair.substring(0, equals));
            String value = equals < 0 ? "" : decode(pair.substring(equals + 1));
            if (parameters.put(name, value) != null) {
                throw new QueryException("The query option " + name + " is given twice.");
            }
        }
        return parameters;
    }

    private static String decode(String text) throws QueryException {
        try {
            return URLDecoder.decode(text, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            throw new QueryException("Malformed percent-encoding in the query: " + e.getMessage());
        }
    }
}
