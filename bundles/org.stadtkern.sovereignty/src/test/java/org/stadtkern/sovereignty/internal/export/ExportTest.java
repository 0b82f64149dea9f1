package org.stadtkern.sovereignty.internal.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.jena.query.QueryExecutionFactory;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.junit.jupiter.api.Test;
import org.stadtkern.core.api.http.PageLanguage;
import org.stadtkern.sovereignty.internal.policy.DatasetPolicy;
import org.stadtkern.sovereignty.internal.policy.PolicyTest;


/**
 * The ODRL policy is JSON-LD that a JSON-LD processor (Apache Jena's, offline) reads into the ODRL
 * 2.2 triples the Information Model prescribes; the Art. 30 record lists every personal dataset.
 */
class ExportTest {

    private static final Set<String> PURPOSES = Set.of("traffic-planning", "research", "public-information");

    private static DatasetPolicy policy(Map<String, Object> properties) {
        return DatasetPolicy.of(PolicyTest.config(properties), "oberhausen", PURPOSES);
    }

    @Test
    void odrlPolicyIsJsonLdWithPurposeConstraintAndDeleteDuty() {
        DatasetPolicy trips = policy(Map.of("dataset", "trips", "classification", "personal",
                "purposes", "traffic-planning,research", "retention", "P90D", "owner", "mobility-office"));
        String json = OdrlPolicy.of(trips,
                "https://daten.example.de/sovereignty/api/datasets/trips/odrl",
                "https://daten.example.de/catalog/datasets/trips", "urn:stadtkern:user:oberhausen:mobility-office")
                .toString();

        Model model = ModelFactory.createDefaultModel();
        RDFParser.fromString(json).lang(Lang.JSONLD).parse(model);

        List<QuerySolution> rows = select(model, """
                PREFIX odrl: <http://www.w3.org/ns/odrl/2/>
                SELECT ?policy ?target ?assigner ?purpose ?period WHERE {
                  ?policy a odrl:Set ; odrl:permission ?permission .
                  ?permission odrl:action odrl:use ; odrl:target ?target ; odrl:assigner ?assigner ;
                      odrl:constraint [ odrl:leftOperand odrl:purpose ; odrl:operator odrl:isAnyOf ;
                                        odrl:rightOperand ?purpose ] ;
                      odrl:duty [ odrl:action odrl:delete ;
                                  odrl:constraint [ odrl:leftOperand odrl:elapsedTime ; odrl:operator odrl:eq ;
                                                    odrl:rightOperand ?period ] ] .
                } ORDER BY ?purpose""");
        assertEquals(2, rows.size(), json);
        assertEquals("https://daten.example.de/sovereignty/api/datasets/trips/odrl",
                rows.get(0).getResource("policy").getURI());
        assertEquals("https://daten.example.de/catalog/datasets/trips", rows.get(0).getResource("target").getURI());
        assertEquals("urn:stadtkern:user:oberhausen:mobility-office", rows.get(0).getResource("assigner").getURI());
        assertEquals(List.of("research", "traffic-planning"),
                rows.stream().map(r -> r.getLiteral("purpose").getString()).toList());
        assertEquals("P90D", rows.get(0).getLiteral("period").getLexicalForm());
        assertEquals("http://www.w3.org/2001/XMLSchema#duration", rows.get(0).getLiteral("period").getDatatypeURI());
    }

    @Test
    void withoutRetentionThereIsNoDeleteDuty() {
        DatasetPolicy air = policy(Map.of("dataset", "air", "classification", "open",
                "purposes", "public-information"));
        Model model = ModelFactory.createDefaultModel();
        RDFParser.fromString(OdrlPolicy.of(air, "urn:p", "urn:t", null).toString())
                .lang(Lang.JSONLD).parse(model);
        assertEquals(1, select(model, "PREFIX odrl: <http://www.w3.org/ns/odrl/2/> "
                + "SELECT * WHERE { ?p odrl:permission ?x . ?x odrl:action odrl:use }").size());
        assertTrue(select(model, "PREFIX odrl: <http://www.w3.org/ns/odrl/2/> SELECT * WHERE { ?x odrl:duty ?d }")
                .isEmpty());
    }

    @Test
    void processingRecordsListEveryPersonalDatasetOfTheTenantWithTheFieldsAToG() {
        List<DatasetPolicy> policies = List.of(
                policy(Map.of("dataset", "wifi-sessions", "classification", "personal", "purposes", "research",
                        "legal.basis", "Art. 6 (1) e DSGVO", "data.subjects", "visitors of the city centre",
                        "data.categories", "pseudonymised device ids", "recipients", "statistics office",
                        "retention", "P30D", "security.measures", "pseudonymisation <daily salt>")),
                policy(Map.of("dataset", "bookings", "classification", "personal", "purposes", "traffic-planning")),
                policy(Map.of("dataset", "air", "classification", "open")),
                policy(Map.of("dataset", "door-counts", "classification", "internal")),
                DatasetPolicy.of(PolicyTest.config(Map.of("dataset", "residents", "tenant", "duisburg",
                        "classification", "personal", "purposes", "research")), "oberhausen", PURPOSES));

        ProcessingRecords.Document document = ProcessingRecords.of("oberhausen", policies,
                "Stadt Oberhausen, Schwartzstr. 72", "datenschutz@oberhausen.de");

        assertEquals(List.of("bookings", "wifi-sessions"),
                document.activities().stream().map(ProcessingRecords.Entry::dataset).toList());
        ProcessingRecords.Entry wifi = document.activities().get(1);
        assertEquals("Stadt Oberhausen, Schwartzstr. 72", wifi.controller());
        assertEquals(List.of("research"), wifi.purposes());
        assertEquals("visitors of the city centre", wifi.dataSubjects());
        assertEquals("statistics office", wifi.recipients());
        assertEquals("none", wifi.thirdCountryTransfers());
        assertEquals("after P30D", wifi.erasure());
        String html = ProcessingRecordsPage.html(document, PageLanguage.GERMAN);
        for (String letter : new String[] {"a)", "b)", "c)", "d)", "e)", "f)", "g)"}) {
            assertTrue(html.contains(letter + " "), letter);
        }
        assertTrue(html.contains("pseudonymisation &lt;daily salt&gt;"), "values are escaped");
        assertFalse(html.contains("residents"), "another tenant's dataset");
        assertTrue(html.contains("<td>nach 30 Tagen</td>"), html);
        assertTrue(html.contains("<td>keine Löschfrist festgelegt</td>"), html);
    }

    @Test
    void processingRecordsPageSpeaksOneLanguage() {
        ProcessingRecords.Document document = ProcessingRecords.of("oberhausen", List.of(
                policy(Map.of("dataset", "counts", "classification", "personal", "purposes", "research",
                        "retention", "P90D", "retention.action", "aggregate", "retention.resolution", "PT1H")),
                policy(Map.of("dataset", "visits", "classification", "personal", "purposes", "research",
                        "retention", "P1Y6M"))), "Stadt", "");
        String german = ProcessingRecordsPage.html(document, PageLanguage.GERMAN);
        String english = ProcessingRecordsPage.html(document, PageLanguage.ENGLISH);
        assertTrue(german.contains("<td>Einzelwerte nach 90 Tagen; zuvor zu je einem Wert pro 1 Stunde "
                + "zusammengefasst</td>"), german);
        assertTrue(german.contains("<td>nach 1 Jahr und 6 Monaten</td>"), german);
        assertTrue(english.contains("<td>single records after 90 days, aggregated to one value per 1 hour first</td>"),
                english);
        assertTrue(english.contains("<td>after 1 year and 6 months</td>"), english);
        assertTrue(german.contains("<html lang=\"de\">") && english.contains("<html lang=\"en\">"));
        for (String englishWord : List.of("after", "first", "Dataset", "not stated", "P90D", "PT1H")) {
            assertFalse(german.contains(englishWord), englishWord + " in " + german);
        }
        for (String germanWord : List.of("nach", "Datensatz", "Verantwortlich", "nicht angegeben")) {
            assertFalse(english.contains(germanWord), germanWord + " in " + english);
        }
    }

    private static List<QuerySolution> select(Model model, String query) {
        try (var execution = QueryExecutionFactory.create(query, model)) {
            ResultSet results = execution.execSelect();
            List<QuerySolution> rows = new java.util.ArrayList<>();
            results.forEachRemaining(rows::add);
            return rows;
        }
    }
}
