package org.stadtkern.sensorthings.internal.http;

import org.stadtkern.sensorthings.internal.query.QueryException;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** JSON Patch (RFC 6902) on an entity's JSON: add, remove, replace, move, copy and test. */
final class JsonPatch {

    private JsonPatch() {
    }

    static ObjectNode apply(ObjectNode document, JsonNode patch) throws QueryException {
        if (!patch.isArray()) {
            throw new QueryException("A JSON Patch is an array of operations.");
        }
        ObjectNode result = document.deepCopy();
        for (JsonNode operation : patch) {
            String op = operation.path("op").asText();
            String path = text(operation, "path");
            switch (op) {
                case "add", "replace" -> {
                    if (!operation.has("value")) {
                        throw new QueryException(op + " needs a value.");
                    }
                    if ("replace".equals(op)) {
                        get(result, path);
                    }
                    put(result, path, operation.get("value"));
                }
                case "remove" -> remove(result, path);
                case "move" -> put(result, path, remove(result, text(operation, "from")));
                case "copy" -> put(result, path, get(result, text(operation, "from")).deepCopy());
                case "test" -> {
                    if (!get(result, path).equals(operation.get("value"))) {
                        throw new QueryException("JSON Patch test failed at " + path + ".");
                    }
                }
                default -> throw new QueryException("Unknown JSON Patch operation '" + op + "'.");
            }
        }
        return result;
    }

    private static String text(JsonNode operation, String field) throws QueryException {
        JsonNode value = operation.get(field);
        if (value == null || !value.isTextual() || !value.textValue().startsWith("/")) {
            throw new QueryException("A JSON Patch operation needs a '" + field + "' pointer starting with '/'.");
        }
        return value.textValue();
    }

    private static JsonNode get(JsonNode root, String pointer) throws QueryException {
        JsonNode node = root.at(pointer);
        if (node.isMissingNode()) {
            throw new QueryException("Nothing at " + pointer + ".");
        }
        return node;
    }

    private static void put(ObjectNode root, String pointer, JsonNode value) throws QueryException {
        int slash = pointer.lastIndexOf('/');
        JsonNode parent = slash == 0 ? root : get(root, pointer.substring(0, slash));
        String key = unescape(pointer.substring(slash + 1));
        if (parent instanceof ObjectNode object) {
            object.set(key, value);
        } else if (parent instanceof ArrayNode array) {
            if ("-".equals(key)) {
                array.add(value);
            } else {
                array.insert(index(key, array.size() + 1), value);
            }
        } else {
            throw new QueryException("Cannot add below " + pointer.substring(0, slash) + ".");
        }
    }

    private static JsonNode remove(ObjectNode root, String pointer) throws QueryException {
        JsonNode value = get(root, pointer);
        int slash = pointer.lastIndexOf('/');
        JsonNode parent = slash == 0 ? root : get(root, pointer.substring(0, slash));
        String key = unescape(pointer.substring(slash + 1));
        if (parent instanceof ObjectNode object) {
            object.remove(key);
        } else if (parent instanceof ArrayNode array) {
            array.remove(index(key, array.size()));
        }
        return value;
    }

    private static int index(String key, int size) throws QueryException {
        try {
            int index = Integer.parseInt(key);
            if (index < 0 || index >= size) {
                throw new QueryException("Array index " + key + " out of range.");
            }
            return index;
        } catch (NumberFormatException e) {
            throw new QueryException("Not an array index: " + key + ".");
        }
    }

    private static String unescape(String key) {
        return key.replace("~1", "/").replace("~0", "~");
    }
}
