package org.stadtkern.sensorthings.internal.catalog;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Writes an {@link Rdf} graph as Turtle, grouped by subject. */
final class TurtleWriter {

    private TurtleWriter() {
    }

    static String write(Rdf graph) {
        StringBuilder out = new StringBuilder();
        Rdf.PREFIXES.forEach((prefix, namespace) -> out.append("@prefix ").append(prefix).append(": <")
                .append(namespace).append("> .\n"));
        Map<Rdf.Node, List<Rdf.Statement>> bySubject = new LinkedHashMap<>();
        for (Rdf.Statement statement : graph.statements()) {
            bySubject.computeIfAbsent(statement.subject(), s -> new java.util.ArrayList<>()).add(statement);
        }
        bySubject.forEach((subject, statements) -> {
            out.append('\n').append(node(subject));
            for (int i = 0; i < statements.size(); i++) {
                Rdf.Statement statement = statements.get(i);
                out.append(i == 0 ? "\n    " : " ;\n    ").append(name(statement.predicate())).append(' ')
                        .append(value(statement.object()));
            }
            out.append(" .\n");
        });
        return out.toString();
    }

    private static String node(Rdf.Node node) {
        return node.blank() ? node.value() : "<" + escapeIri(node.value()) + ">";
    }

    private static String name(String iri) {
        if (iri.equals(Rdf.expand("rdf:type"))) {
            return "a";
        }
        for (Map.Entry<String, String> prefix : Rdf.PREFIXES.entrySet()) {
            String local = iri.startsWith(prefix.getValue()) ? iri.substring(prefix.getValue().length()) : null;
            if (local != null && local.matches("[A-Za-z][A-Za-z0-9_-]*")) {
                return prefix.getKey() + ":" + local;
            }
        }
        return "<" + escapeIri(iri) + ">";
    }

    private static String value(Rdf.Value value) {
        if (value.node() != null) {
            return value.node().blank() ? value.node().value() : name(value.node().value());
        }
        String literal = "\"" + escapeString(value.literal()) + "\"";
        if (value.language() != null) {
            return literal + "@" + value.language();
        }
        return value.datatype() == null ? literal : literal + "^^" + name(value.datatype());
    }

    static String escapeString(String text) {
        StringBuilder out = new StringBuilder();
        for (char c : text.toCharArray()) {
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (c < 0x20) {
                        out.append(String.format("\\u%04X", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.toString();
    }

    /** Percent-encodes the characters Turtle forbids in IRIs. */
    static String escapeIri(String iri) {
        StringBuilder out = new StringBuilder();
        for (char c : iri.toCharArray()) {
            if (c <= 0x20 || "<>\"{}|^`\\".indexOf(c) >= 0) {
                out.append(String.format("%%%02X", (int) c));
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }
}
