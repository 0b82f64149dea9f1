package org.stadtkern.sensorthings.internal.store;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.stadtkern.core.api.access.Readable;
import org.stadtkern.sensorthings.internal.model.EntityType;

/**
 * Which rows a reader sees, as an SQL condition per entity type. For a caller: the Datastreams of
 * the datasets it may read and their Observations; Things, Sensors, ObservedProperties, Locations,
 * HistoricalLocations and FeaturesOfInterest that belong to such a Datastream, and, for a member
 * of a tenant, that tenant's own. For the service itself: every row of one tenant.
 */
public final class Visibility {

    private final String tenant;
    private final Readable readable;

    private Visibility(String tenant, Readable readable) {
        this.tenant = tenant;
        this.readable = readable;
    }

    /** Every row of one tenant (writes, provisioning, the console as the runtime). */
    public static Visibility tenant(String tenant) {
        return new Visibility(tenant, null);
    }

    /** What a caller may read. */
    public static Visibility of(Readable readable) {
        return new Visibility(null, readable);
    }

    /** The condition on the row {@code alias} of the type. */
    Sql condition(EntityType type, String alias) {
        if (readable == null) {
            return Sql.of(alias + ".tenant = ?", Sql.Kind.BOOLEAN, tenant);
        }
        Sql datastreams = datastreams("d");
        Sql related = related(type, alias, datastreams);
        if (type != EntityType.DATASTREAM && type != EntityType.OBSERVATION) {
            // entities without any Datastream belong to no dataset: visible where unassigned data is
            List<String> unassigned = readable.datasets().entrySet().stream()
                    .filter(e -> e.getValue().contains("")).map(Map.Entry::getKey).sorted().toList();
            if (!unassigned.isEmpty()) {
                Sql none = related(type, alias, Sql.of("1 = 1", Sql.Kind.BOOLEAN));
                List<Object> parameters = new ArrayList<>(related.parameters());
                parameters.addAll(unassigned);
                related = new Sql("(" + related.text() + " or (" + alias + ".tenant in ("
                        + String.join(", ", unassigned.stream().map(t -> "?").toList()) + ") and not "
                        + none.text() + "))", parameters, Sql.Kind.BOOLEAN, null);
            }
        }
        if (readable.memberOf() == null || type == EntityType.DATASTREAM || type == EntityType.OBSERVATION) {
            return related;
        }
        List<Object> parameters = new ArrayList<>(List.of(readable.memberOf()));
        parameters.addAll(related.parameters());
        return new Sql("(" + alias + ".tenant = ? or " + related.text() + ")", parameters, Sql.Kind.BOOLEAN, null);
    }

    /** The rows of the type that belong to a Datastream satisfying {@code datastreams} (row d). */
    private Sql related(EntityType type, String alias, Sql datastreams) {
        return switch (type) {
            case DATASTREAM -> datastreams(alias);
            case OBSERVATION -> wrap(alias + ".datastream_id in (select d.id from sta_datastreams d where %s)",
                    datastreams);
            case THING -> exists("d.thing_id = " + alias + ".id", datastreams);
            case SENSOR -> exists("d.sensor_id = " + alias + ".id", datastreams);
            case OBSERVED_PROPERTY -> exists("d.observed_property_id = " + alias + ".id", datastreams);
            case HISTORICAL_LOCATION -> exists("d.thing_id = " + alias + ".thing_id", datastreams);
            case LOCATION -> wrap("exists (select 1 from sta_thing_locations tl join sta_datastreams d on "
                    + "d.thing_id = tl.thing_id where tl.location_id = " + alias + ".id and (%s))", datastreams);
            case FEATURE_OF_INTEREST -> wrap("exists (select 1 from sta_observations o join sta_datastreams d on "
                    + "d.id = o.datastream_id where o.feature_id = " + alias + ".id and (%s))", datastreams);
        };
    }

    private static Sql exists(String join, Sql datastreams) {
        return wrap("exists (select 1 from sta_datastreams d where " + join + " and (%s))", datastreams);
    }

    private static Sql wrap(String template, Sql inner) {
        return new Sql(String.format(template, inner.text()), inner.parameters(), Sql.Kind.BOOLEAN, null);
    }

    /** The Datastreams (row {@code alias}) of readable datasets. */
    private Sql datastreams(String alias) {
        List<String> parts = new ArrayList<>();
        List<Object> parameters = new ArrayList<>();
        if (readable.memberOf() != null) {
            // every dataset of the caller's own tenant, except what it withholds
            parts.add("(" + alias + ".tenant = ?" + (readable.withheld().isEmpty() ? "" : " and " + alias
                    + ".dataset not in (" + String.join(", ", readable.withheld().stream().map(d -> "?").toList())
                    + ")") + ")");
            parameters.add(readable.memberOf());
            parameters.addAll(readable.withheld().stream().sorted().toList());
        }
        for (Map.Entry<String, Set<String>> tenantDatasets : readable.datasets().entrySet()) {
            if (tenantDatasets.getValue().isEmpty() || tenantDatasets.getKey().equals(readable.memberOf())) {
                continue;
            }
            parts.add("(" + alias + ".tenant = ? and " + alias + ".dataset in ("
                    + String.join(", ", tenantDatasets.getValue().stream().map(d -> "?").toList()) + "))");
            parameters.add(tenantDatasets.getKey());
            parameters.addAll(tenantDatasets.getValue().stream().sorted().toList());
        }
        if (parts.isEmpty()) {
            return Sql.of("1 = 0", Sql.Kind.BOOLEAN);
        }
        return new Sql("(" + String.join(" or ", parts) + ")", parameters, Sql.Kind.BOOLEAN, null);
    }
}
