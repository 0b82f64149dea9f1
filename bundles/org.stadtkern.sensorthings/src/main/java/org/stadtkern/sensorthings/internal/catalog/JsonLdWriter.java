package org.stadtkern.sensorthings.internal.catalog;

import java.util.LinkedHashMap;
import java.util.Map;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** Writes an {@link Rdf} graph as JSON-LD (expanded IRIs under an {@code @graph}, prefixes in {@code @context}). */
final class JsonLdWriter {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private JsonLdWriter() {
    }

    static ObjectNode write(Rdf graph) {
        ObjectNode document = NODES.objectNode();
        ObjectNode context = document.putObject("@context");
        Rdf.PREFIXES.forEach(context::put);
        ArrayNode nodes = document.putArray("@graph");
        Map<Rdf.Node, ObjectNode> bySubject = new LinkedHashMap<>();
        for (Rdf.Statement statement : graph.statements()) {
            ObjectNode subject = bySubject.computeIfAbsent(statement.subject(), s -> {
                ObjectNode node = nodes.addObject();
                node.put("@id", s.value());
                return node;
            });
            ArrayNode values = subject.has(statement.predicate()) ? (ArrayNode) subject.get(statement.predicate())
                    : subject.putArray(statement.predicate());
            values.add(value(statement.object()));
        }
        return document;
    }

    private static ObjectNode value(Rdf.Value value) {
        ObjectNode json = NODES.objectNode();
        if (value.node() != null) {
            return json.put("@id", value.node().value());
        }
        json.put("@value", value.literal());
        if (value.language() != null) {
            json.put("@language", value.language());
        } else if (value.datatype() != null) {
            json.put("@type", value.datatype());
        }
        return json;
    }
}
