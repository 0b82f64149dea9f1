package org.stadtkern.cocreation.internal.store;

import java.sql.SQLException;
import java.sql.Timestamp;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.stadtkern.cocreation.internal.CocreationMeasure;
import org.stadtkern.core.api.access.DatasetRef;
import org.stadtkern.core.api.measure.Jdbc;
import org.stadtkern.core.api.retention.RetentionOutcome;
import org.stadtkern.core.api.retention.RetentionRule;
import org.stadtkern.core.api.retention.RetentionTarget;

/**
 * The retention of dataset {@code cocreation-applicants}: of proposals closed (rejected, withdrawn or
 * closed) before the cutoff, the applicant's name, legal form, contact and co-applicants are erased,
 * and with them the frozen versions that repeat them and the attached files; the proposal itself, its decision and its
 * payments stay for the fund's accounts.
 */
@Component(service = RetentionTarget.class)
public final class ApplicantRetention implements RetentionTarget {

    private static final String EXPIRED = "from cocreation_proposals where tenant = ? and closed < ? "
            + "and (applicant_name is not null or email is not null or phone is not null or legal_form is not null "
            + "or co_applicants <> '[]' or token_hash is not null)";

    private final Jdbc jdbc;

    @Activate
    public ApplicantRetention(@Reference(target = "(" + Jdbc.SCHEMA + "=cocreation)") Jdbc jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public String name() {
        return "Co-creation fund applicants";
    }

    @Override
    public boolean holds(DatasetRef dataset) {
        return CocreationMeasure.APPLICANTS.equals(dataset.name());
    }

    @Override
    public RetentionOutcome apply(RetentionRule rule, boolean dryRun) throws SQLException {
        String tenant = rule.dataset().tenant();
        Timestamp cutoff = Timestamp.from(rule.effectiveCutoff());
        if (dryRun) {
            return new RetentionOutcome(jdbc.first("select count(*) " + EXPIRED, row -> row.getLong(1), tenant, cutoff)
                    .orElse(0L), 0);
        }
        return jdbc.transaction(tx -> {
            tx.update("delete from cocreation_versions where proposal_id in (select id " + EXPIRED + ")", tenant,
                    cutoff);
            tx.update("delete from cocreation_attachments where proposal_id in (select id " + EXPIRED + ")", tenant,
                    cutoff);
            long erased = tx.update("update cocreation_proposals set applicant_name = null, legal_form = null, "
                    + "email = null, phone = null, co_applicants = '[]', token_hash = null where id in (select id "
                    + EXPIRED + ")", tenant, cutoff);
            return new RetentionOutcome(erased, 0);
        });
    }
}
