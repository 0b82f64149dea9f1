package org.stadtkern.sensorthings.internal.catalog;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

import org.stadtkern.sensorthings.internal.query.Times;

/**
 * The catalog as an RDF graph in DCAT-AP.de 3.0: the catalog, its publisher, the SensorThings API
 * as a data service, and per dataset its distribution (the dataset's Datastreams in the
 * SensorThings API), licence, contact and time coverage.
 */
final class CatalogGraph {

    /** A Datastream as the catalog lists it. */
    record Stream(long id, String name, String station, String unit, OffsetDateTime start, OffsetDateTime end) {

        /** As people read it: quantity, unit, station ("Lufttemperatur (°C), Messstation Altmarkt"). */
        String title() {
            String written = Units.written(unit);
            return name + (written.isEmpty() ? "" : " (" + written + ")") + (station.isEmpty() ? "" : ", " + station);
        }
    }

    /** Settings of the catalog itself. */
    record Settings(String title, String description, String publisherName, String publisherUri,
            String contributorId) {
    }

    private CatalogGraph() {
    }

    static Rdf build(Settings settings, String baseUrl, List<CatalogDataset> datasets,
            Map<String, List<Stream>> streams) {
        Rdf rdf = new Rdf();
        Rdf.Node catalog = Rdf.iri(baseUrl + "/catalog");
        Rdf.Node publisher = Rdf.iri(settings.publisherUri());
        Rdf.Node service = Rdf.iri(baseUrl + "/sta/v1.1");
        rdf.type(catalog, "dcat:Catalog").text(catalog, "dct:title", settings.title(), "de")
                .text(catalog, "dct:description", settings.description(), "de").add(catalog, "dct:publisher", publisher)
                .add(catalog, "dcat:service", service);
        rdf.type(publisher, "foaf:Agent").text(publisher, "foaf:name", settings.publisherName(), "de");
        rdf.type(service, "dcat:DataService").text(service, "dct:title", "OGC SensorThings API 1.1", "de")
                .add(service, "dcat:endpointURL", service).add(service, "dct:publisher", publisher)
                .add(service, "dct:conformsTo", Rdf.iri("http://www.opengis.net/doc/is/sensorthings/1.1"));
        for (CatalogDataset dataset : datasets) {
            Rdf.Node node = Rdf.iri(baseUrl + "/catalog/datasets/" + dataset.id());
            rdf.add(catalog, "dcat:dataset", node).add(service, "dcat:servesDataset", node);
            dataset(rdf, settings, baseUrl, dataset, node, publisher, streams.getOrDefault(dataset.id(), List.of()));
        }
        return rdf;
    }

    private static void dataset(Rdf rdf, Settings settings, String baseUrl, CatalogDataset dataset, Rdf.Node node,
            Rdf.Node publisher, List<Stream> streams) {
        rdf.type(node, "dcat:Dataset").text(node, "dct:title", dataset.title(), "de")
                .text(node, "dct:description", dataset.description(), "de").add(node, "dct:publisher", publisher)
                .text(node, "dct:identifier", dataset.id(), null);
        dataset.keywords().forEach(keyword -> rdf.text(node, "dcat:keyword", keyword, "de"));
        if (!dataset.theme().isBlank()) {
            rdf.add(node, "dcat:theme", Rdf.iri(dataset.theme()));
        }
        if (!settings.contributorId().isBlank()) {
            rdf.add(node, "dcatde:contributorID", Rdf.iri(settings.contributorId()));
        }
        if (!dataset.contactEmail().isBlank() || !dataset.contactName().isBlank()) {
            Rdf.Node contact = rdf.blank();
            rdf.add(node, "dcat:contactPoint", contact).type(contact, "vcard:Organization")
                    .text(contact, "vcard:fn", dataset.contactName().isBlank() ? settings.publisherName()
                            : dataset.contactName(), null);
            if (!dataset.contactEmail().isBlank()) {
                rdf.add(contact, "vcard:hasEmail", Rdf.iri("mailto:" + dataset.contactEmail()));
            }
        }
        coverage(rdf, node, streams);
        downloads(rdf, baseUrl, dataset, node);
        if (dataset.downloads().isEmpty() || !streams.isEmpty()) {
            sensorThings(rdf, baseUrl, dataset, node, streams);
        }
    }

    /** The distribution of the dataset's Datastreams through the SensorThings API. */
    private static void sensorThings(Rdf rdf, String baseUrl, CatalogDataset dataset, Rdf.Node node,
            List<Stream> streams) {
        Rdf.Node distribution = Rdf.iri(baseUrl + "/catalog/datasets/" + dataset.id() + "/sensorthings");
        String filter = URLEncoder.encode("properties/dataset eq '" + dataset.id() + "'", StandardCharsets.UTF_8)
                .replace("+", "%20");
        rdf.add(node, "dcat:distribution", distribution).type(distribution, "dcat:Distribution")
                .text(distribution, "dct:title", "SensorThings API: " + dataset.title(), "de")
                .text(distribution, "dct:description", streams.size() + " Datastreams: "
                        + String.join(", ", streams.stream().map(Stream::name).limit(50).toList()), "de")
                .add(distribution, "dcat:accessURL", Rdf.iri(baseUrl + "/sta/v1.1/Datastreams?$filter=" + filter))
                .add(distribution, "dcat:accessService", Rdf.iri(baseUrl + "/sta/v1.1"))
                .add(distribution, "dct:license", Rdf.iri(dataset.license()))
                .add(distribution, "dct:format",
                        Rdf.iri("http://publications.europa.eu/resource/authority/file-type/JSON"))
                .add(distribution, "dcat:mediaType",
                        Rdf.iri("https://www.iana.org/assignments/media-types/application/json"));
        if (!dataset.attribution().isBlank()) {
            rdf.text(distribution, "dcatde:licenseAttributionByText", dataset.attribution(), "de");
        }
    }

    /** The dataset's further distributions, such as CSV files of a measure's API. */
    private static void downloads(Rdf rdf, String baseUrl, CatalogDataset dataset, Rdf.Node node) {
        for (CatalogDataset.Download download : dataset.downloads()) {
            Rdf.Node file = Rdf.iri(baseUrl + download.path());
            rdf.add(node, "dcat:distribution", file).type(file, "dcat:Distribution")
                    .text(file, "dct:title", dataset.title() + " (" + download.fileType() + ")", "de")
                    .add(file, "dcat:accessURL", file).add(file, "dcat:downloadURL", file)
                    .add(file, "dct:license", Rdf.iri(dataset.license()))
                    .add(file, "dct:format", Rdf.iri("http://publications.europa.eu/resource/authority/file-type/"
                            + download.fileType()))
                    .add(file, "dcat:mediaType", Rdf.iri("https://www.iana.org/assignments/media-types/"
                            + download.mediaType()));
            if (!dataset.attribution().isBlank()) {
                rdf.text(file, "dcatde:licenseAttributionByText", dataset.attribution(), "de");
            }
        }
    }

    private static void coverage(Rdf rdf, Rdf.Node dataset, List<Stream> streams) {
        OffsetDateTime start = streams.stream().map(Stream::start).filter(t -> t != null).min(OffsetDateTime::compareTo)
                .orElse(null);
        OffsetDateTime end = streams.stream().map(Stream::end).filter(t -> t != null).max(OffsetDateTime::compareTo)
                .orElse(null);
        if (start != null && end != null) {
            Rdf.Node period = rdf.blank();
            rdf.add(dataset, "dct:temporal", period).type(period, "dct:PeriodOfTime")
                    .typed(period, "dcat:startDate", Times.format(start), "xsd:dateTime")
                    .typed(period, "dcat:endDate", Times.format(end), "xsd:dateTime");
            rdf.typed(dataset, "dct:modified", Times.format(end), "xsd:dateTime");
        }
    }
}
