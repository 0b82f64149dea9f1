package org.stadtkern.remotework.internal.store;

import java.sql.SQLException;
import java.sql.Timestamp;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.stadtkern.core.api.access.DatasetRef;
import org.stadtkern.core.api.measure.Jdbc;
import org.stadtkern.core.api.retention.RetentionOutcome;
import org.stadtkern.core.api.retention.RetentionRule;
import org.stadtkern.core.api.retention.RetentionTarget;
import org.stadtkern.remotework.internal.RemoteworkMeasure;

/**
 * The retention of dataset {@code remotework-bookers}: of people whose last booking ended before the
 * cutoff (or who never booked and registered before it), name and e-mail are erased. Their bookings
 * stay, with the coarse category only, for the reports.
 */
@Component(service = RetentionTarget.class)
public final class BookerRetention implements RetentionTarget {

    private static final String EXPIRED = "from remotework_people p where p.tenant = ? and (p.name is not null or "
            + "p.email is not null) and p.created < ? and not exists (select 1 from remotework_bookings b where "
            + "b.person_id = p.id and b.ends >= ?)";

    private final Jdbc jdbc;

    @Activate
    public BookerRetention(@Reference(target = "(" + Jdbc.SCHEMA + "=remotework)") Jdbc jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public String name() {
        return "Remote work bookers";
    }

    @Override
    public boolean holds(DatasetRef dataset) {
        return RemoteworkMeasure.BOOKERS.equals(dataset.name());
    }

    @Override
    public RetentionOutcome apply(RetentionRule rule, boolean dryRun) throws SQLException {
        String tenant = rule.dataset().tenant();
        Timestamp cutoff = Timestamp.from(rule.effectiveCutoff());
        if (dryRun) {
            return new RetentionOutcome(jdbc.first("select count(*) " + EXPIRED, row -> row.getLong(1), tenant, cutoff,
                    cutoff).orElse(0L), 0);
        }
        long erased = jdbc.update("update remotework_people set name = null, email = null where id in (select p.id "
                + EXPIRED + ")", tenant, cutoff, cutoff);
        return new RetentionOutcome(erased, 0);
    }
}
