package org.stadtkern.sensorthings.internal.http;

import java.io.IOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Locale;

import javax.servlet.http.HttpServletResponse;

import org.stadtkern.core.api.http.Problem;
import org.stadtkern.sensorthings.internal.query.QueryException;
import org.stadtkern.sensorthings.internal.query.ResourcePath.NotFound;
import org.stadtkern.sensorthings.internal.store.Columns;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * {@code POST /$batch} in the JSON batch format of OData 4.01 (SensorThings 1.1, section 11.2):
 * {@code {"requests": [{"id", "method", "url", "body"}]}} answered with
 * {@code {"responses": [{"id", "status", "headers", "body"}]}}. Requests run in order, each in its
 * own transaction; one failing does not stop the others.
 */
final class Batch {

    static final int MAX_REQUESTS = 1000;

    interface Handler {
        Resources resources(RequestInfo info);
    }

    private Batch() {
    }

    static ObjectNode run(Connection connection, RequestInfo info, JsonNode body, Handler handler,
            HttpServletResponse response) throws QueryException, SQLException, IOException {
        JsonNode requests = body.path("requests");
        if (!requests.isArray() || requests.size() > MAX_REQUESTS) {
            throw new QueryException("A batch is {\"requests\": [...]} with at most " + MAX_REQUESTS + " requests.");
        }
        ObjectNode answer = JsonNodeFactory.instance.objectNode();
        ArrayNode responses = answer.putArray("responses");
        for (JsonNode request : requests) {
            ObjectNode result = responses.addObject();
            result.set("id", request.path("id"));
            CapturedResponse captured = new CapturedResponse(response);
            try {
                dispatch(connection, info.inner(request.path("url").asText("")), request, handler, captured);
            } catch (QueryException e) {
                problem(captured, Problem.badRequest(e.getMessage()), request);
            } catch (NotFound e) {
                problem(captured, Problem.notFound(e.getMessage()), request);
            } catch (Problem e) {
                problem(captured, e, request);
            }
            result.put("status", captured.getStatus());
            if (captured.headers().containsKey("Location")) {
                result.putObject("headers").put("location", captured.headers().get("Location"));
            }
            byte[] bytes = captured.body();
            if (bytes.length > 0) {
                result.set("body", Columns.MAPPER.readTree(bytes));
            }
        }
        return answer;
    }

    private static void dispatch(Connection connection, RequestInfo inner, JsonNode request, Handler handler,
            CapturedResponse captured) throws QueryException, NotFound, Problem, SQLException, IOException {
        Resources resources = handler.resources(inner);
        JsonNode body = request.get("body");
        switch (request.path("method").asText("").toUpperCase(Locale.ROOT)) {
            case "GET" -> resources.get(connection, captured);
            case "POST" -> resources.post(connection, body, captured);
            case "PATCH" -> resources.update(connection, body, false, false, captured);
            case "PUT" -> resources.update(connection, body, false, true, captured);
            case "DELETE" -> resources.delete(connection, captured);
            default -> throw Problem.methodNotAllowed(request.path("method").asText("(none)"));
        }
    }

    private static void problem(CapturedResponse captured, Problem problem, JsonNode request) throws IOException {
        captured.reset();
        SensorThingsServlet.write(captured, problem.status(), "application/problem+json",
                problem.body(request.path("url").asText("")));
    }
}
