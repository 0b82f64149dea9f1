package org.stadtkern.sensorthings.internal.catalog;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A small RDF graph: statements about IRIs and blank nodes with IRI or literal objects, written as
 * Turtle ({@link TurtleWriter}) or JSON-LD ({@link JsonLdWriter}). Enough for a DCAT catalog; no
 * parsing, no inference.
 */
final class Rdf {

    /** Namespace prefixes used by the catalog. */
    static final Map<String, String> PREFIXES = prefixes();

    /** A subject or object node: an IRI, or a blank node ({@code _:b1}). */
    record Node(String value, boolean blank) {
    }

    /** An object: a node, or a literal with a language tag or a datatype IRI (or neither). */
    record Value(Node node, String literal, String language, String datatype) {
    }

    /** One statement. */
    record Statement(Node subject, String predicate, Value object) {
    }

    private final List<Statement> statements = new ArrayList<>();
    private int blanks;

    static Node iri(String iri) {
        return new Node(iri, false);
    }

    Node blank() {
        return new Node("_:b" + ++blanks, true);
    }

    Rdf add(Node subject, String predicate, Node object) {
        statements.add(new Statement(subject, expand(predicate), new Value(object, null, null, null)));
        return this;
    }

    Rdf type(Node subject, String type) {
        return add(subject, "rdf:type", iri(expand(type)));
    }

    /** A literal in a language ({@code de}), or a plain string when {@code language} is null. */
    Rdf text(Node subject, String predicate, String text, String language) {
        if (text != null && !text.isBlank()) {
            statements.add(new Statement(subject, expand(predicate), new Value(null, text, language, null)));
        }
        return this;
    }

    /** A typed literal, e.g. {@code xsd:dateTime}. */
    Rdf typed(Node subject, String predicate, String text, String datatype) {
        statements.add(new Statement(subject, expand(predicate), new Value(null, text, null, expand(datatype))));
        return this;
    }

    List<Statement> statements() {
        return statements;
    }

    /** The full IRI of a prefixed name such as {@code dcat:Dataset}. */
    static String expand(String name) {
        int colon = name.indexOf(':');
        String namespace = colon > 0 ? PREFIXES.get(name.substring(0, colon)) : null;
        return namespace == null ? name : namespace + name.substring(colon + 1);
    }

    private static Map<String, String> prefixes() {
        Map<String, String> prefixes = new LinkedHashMap<>();
        prefixes.put("rdf", "http://www.w3.org/1999/02/22-rdf-syntax-ns#");
        prefixes.put("dcat", "http://www.w3.org/ns/dcat#");
        prefixes.put("dct", "http://purl.org/dc/terms/");
        prefixes.put("dcatde", "http://dcat-ap.de/def/dcatde/");
        prefixes.put("foaf", "http://xmlns.com/foaf/0.1/");
        prefixes.put("vcard", "http://www.w3.org/2006/vcard/ns#");
        prefixes.put("xsd", "http://www.w3.org/2001/XMLSchema#");
        return prefixes;
    }
}
