package org.stadtkern.sensorthings.internal.catalog;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

import org.apache.jena.graph.Graph;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.sparql.graph.GraphFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.stadtkern.sensorthings.internal.store.Columns;

/**
 * The catalog passes the DCAT-AP.de 3.0 SHACL shapes GovData validates with, as far as they can be
 * checked offline (../shared/data/dcat-ap-de-3.0/shacl):
 * <ul>
 * <li>checked: dcat-ap-spec-german-additions.ttl (publisher, licence, attribution text, time
 * periods, contacts), dcat-ap-de-controlledvocabularies.ttl, dcat-ap-de-deprecated.ttl, and the
 * mandatory properties of DCAT-AP 3.0 written from its text (src/test/resources/shacl);</li>
 * <li>not checkable offline: the DCAT-AP 3.0 base shapes (semiceu.github.io .../dcat-ap-SHACL.ttl),
 * which dcat-ap-SHACL-DE.ttl only re-labels in German, and the vocabularies dcat-ap-de-imports.ttl
 * imports by URL (EU authority tables for themes, file types, languages; dcat-ap.de licences and
 * contributors; FOAF, vCard, ORG), so class and membership checks against those lists are skipped.</li>
 * </ul>
 */
class CatalogGraphTest {

    private static final Path SHAPES = Paths.get("../../../shared/data/dcat-ap-de-3.0/shacl");
    private static Shapes shapes;

    @BeforeAll
    static void loadShapes() {
        Graph graph = GraphFactory.createDefaultGraph();
        for (String file : List.of("dcat-ap-spec-german-additions.ttl", "dcat-ap-de-controlledvocabularies.ttl",
                "dcat-ap-de-deprecated.ttl", "dcat-ap-SHACL-DE.ttl")) {
            RDFDataMgr.read(graph, SHAPES.resolve(file).toString());
        }
        RDFDataMgr.read(graph, CatalogGraphTest.class.getResource("/shacl/dcat-ap-3.0-mandatory.ttl").toString());
        shapes = Shapes.parse(graph);
    }

    private static Rdf catalog(String license, String contributor) {
        CatalogDataset environment = new CatalogDataset("environment", "Umweltmessstationen",
                "Lufttemperatur und Feinstaub", List.of("Umwelt", "Feinstaub"),
                "http://publications.europa.eu/resource/authority/data-theme/ENVI", license, "Stadt Oberhausen",
                "Umweltamt", "umwelt@example.org", List.of());
        CatalogDataset empty = new CatalogDataset("sensor-data", "Sensordaten", "Weitere Sensoren \"roh\"\n",
                List.of(), "", "http://dcat-ap.de/def/licenses/cc-zero", "", "", "", List.of());
        CatalogDataset funded = new CatalogDataset("cocreation-projects", "Geförderte Projekte", "Smart-City-Fonds",
                List.of(), "", license, "Stadt Oberhausen", "", "", List.of(
                        new CatalogDataset.Download("/api/cocreation/projects?format=csv", "text/csv"),
                        new CatalogDataset.Download("/api/cocreation/projects", "application/json")));
        return CatalogGraph.build(new CatalogGraph.Settings("Offene Daten Oberhausen", "Daten der Stadt",
                "Stadt Oberhausen", "https://www.oberhausen.de/", contributor), "http://localhost:8181",
                List.of(environment, empty, funded), Map.of("environment", List.of(
                        new CatalogGraph.Stream(1, "Temperatur", "Altmarkt", "Cel",
                                OffsetDateTime.parse("2026-01-01T00:00:00Z"),
                                OffsetDateTime.parse("2026-11-22T06:00:00Z")),
                        new CatalogGraph.Stream(2, "PM10", "Altmarkt", "ug/m3", null, null))));
    }

    private static Graph turtle(Rdf rdf) {
        return RDFParser.create().source(new StringReader(TurtleWriter.write(rdf))).lang(Lang.TURTLE).toGraph();
    }

    /** The catalog with the vocabulary entries it uses (vocabulary-excerpt.ttl), as GovData sees both. */
    private static Graph withVocabulary(Rdf rdf) {
        Graph graph = turtle(rdf);
        RDFDataMgr.read(graph, CatalogGraphTest.class.getResource("/shacl/vocabulary-excerpt.ttl").toString());
        return graph;
    }

    @Test
    void catalogConformsToTheShapes() {
        Graph graph = withVocabulary(catalog("http://dcat-ap.de/def/licenses/dl-by-de/2.0", ""));
        ValidationReport report = ShaclValidator.get().validate(shapes, graph);
        assertTrue(report.conforms(), () -> report.getEntries().toString());
        assertTrue(graph.size() > 40, "the catalog says something: " + graph.size() + " triples");
    }

    @Test
    void aDatasetWithDownloadsHasThemAsDistributionsAndNoEmptySensorThingsOne() {
        String turtle = TurtleWriter.write(catalog("http://dcat-ap.de/def/licenses/dl-by-de/2.0", ""));
        assertTrue(turtle.contains("<http://localhost:8181/api/cocreation/projects?format=csv>"), turtle);
        assertTrue(turtle.contains("file-type/CSV>"), turtle);
        assertTrue(turtle.contains("media-types/text/csv>"), turtle);
        assertFalse(turtle.contains("/catalog/datasets/cocreation-projects/sensorthings"), turtle);
        assertTrue(turtle.contains("/catalog/datasets/sensor-data/sensorthings"), "without downloads as before");
    }

    @Test
    void jsonLdCarriesTheSameGraphAsTurtle() throws Exception {
        Rdf rdf = catalog("http://dcat-ap.de/def/licenses/dl-by-de/2.0", "");
        String jsonLd = Columns.MAPPER.writeValueAsString(JsonLdWriter.write(rdf));
        Graph fromJsonLd = RDFParser.create().source(new StringReader(jsonLd)).lang(Lang.JSONLD).toGraph();
        assertTrue(fromJsonLd.isIsomorphicWith(turtle(rdf)));
    }

    @Test
    void theShapesCatchAMissingLicenceAndAnIriWhereALiteralBelongs() {
        ValidationReport unknownLicence = ShaclValidator.get().validate(shapes,
                withVocabulary(catalog("http://example.org/my-own-licence", "")));
        assertFalse(unknownLicence.conforms(), "a licence outside the dcat-ap.de list is reported");
        Rdf wrong = catalog("http://dcat-ap.de/def/licenses/dl-by-de/2.0", "");
        wrong.add(Rdf.iri("http://localhost:8181/catalog/datasets/environment"), "dcatde:contributorID",
                Rdf.iri("http://dcat-ap.de/def/contributors/x"));
        wrong.text(Rdf.iri("http://localhost:8181/catalog/datasets/environment"), "dct:references", "text", null);
        ValidationReport report = ShaclValidator.get().validate(shapes, withVocabulary(wrong));
        assertFalse(report.conforms());
        assertTrue(report.getEntries().toString().contains("dct:references MUSS eine IRI sein"),
                () -> report.getEntries().toString());
    }
}
