package org.stadtkern.sensorthings.api;

/**
 * A sensor's Datastream as a measure describes it: the Thing (a station or vehicle) with a point
 * location, and what the Datastream measures.
 *
 * @param thing the Thing's name, unique for the measure (e.g. {@code Station Altmarkt})
 * @param thingDescription what the Thing is
 * @param latitude WGS 84; {@link Double#NaN} with the longitude for a Thing that moves (a sensor in
 *        a vehicle): it gets no Location, and its Observations name their FeatureOfInterest
 * @param longitude WGS 84, or {@link Double#NaN}
 * @param datastream the Datastream's name, unique within the Thing
 * @param unitSymbol the unit in UCUM ({@code Cel}, {@code %}, {@code ug/m3}, {@code 1})
 * @param observedProperty what is measured ({@code Air temperature})
 * @param observedPropertyDefinition a URI defining it
 * @param dataset the catalog dataset the Datastream belongs to, or {@code null} for the default
 */
public record DatastreamProvision(String thing, String thingDescription, double latitude, double longitude,
        String datastream, String unitSymbol, String observedProperty, String observedPropertyDefinition,
        String dataset) {

    /** Whether the Thing has a fixed place (a Location). */
    public boolean located() {
        return !Double.isNaN(latitude) && !Double.isNaN(longitude);
    }
}
