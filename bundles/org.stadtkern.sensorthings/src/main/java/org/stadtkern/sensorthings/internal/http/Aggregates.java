package org.stadtkern.sensorthings.internal.http;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;

import org.stadtkern.sensorthings.internal.model.EntityType;
import org.stadtkern.sensorthings.internal.query.Query;
import org.stadtkern.sensorthings.internal.query.QueryException;
import org.stadtkern.sensorthings.internal.query.Times;
import org.stadtkern.sensorthings.internal.store.ObservationMaintenance;
import org.stadtkern.sensorthings.internal.store.ObservationMaintenance.Bucket;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The time-bucket extension: {@code GET .../Observations?aggregate=PT1H[&$filter=...]} answers with
 * count, min, max and average of the numeric results per interval, aligned to the epoch.
 */
final class Aggregates {

    private Aggregates() {
    }

    static ObjectNode answer(Connection connection, String tenant, Target target, Query query, String interval)
            throws SQLException, QueryException {
        if (target.entity() != null || target.type() != EntityType.OBSERVATION) {
            throw new QueryException("aggregate is for collections of Observations.");
        }
        Duration duration = Times.duration(interval.trim());
        ObjectNode json = JsonNodeFactory.instance.objectNode();
        json.put("interval", interval.trim());
        ArrayNode values = json.putArray("value");
        for (Bucket bucket : new ObservationMaintenance(connection, tenant).aggregate(target.scope(), query.filter(),
                duration)) {
            ObjectNode item = values.addObject();
            item.put("phenomenonTime", Times.format(bucket.start()) + "/" + Times.format(bucket.end()));
            item.put("count", bucket.count());
            item.put("min", bucket.min());
            item.put("max", bucket.max());
            item.put("avg", bucket.avg());
        }
        return json;
    }
}
