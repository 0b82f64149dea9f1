package org.stadtkern.cocreation.internal.store;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.metatype.annotations.Designate;
import org.stadtkern.cocreation.internal.CocreationConfig;
import org.stadtkern.cocreation.internal.fund.CallSpec;
import org.stadtkern.cocreation.internal.fund.Criterion;
import org.stadtkern.cocreation.internal.fund.FundingCall;
import org.stadtkern.core.api.Tenancy;
import org.stadtkern.core.api.measure.Jdbc;

/** The calls for proposals of each tenant with their criteria. */
@Component(service = Calls.class, configurationPid = "org.stadtkern.cocreation")
@Designate(ocd = CocreationConfig.class)
public final class Calls {

    private static final String COLUMNS = "id, name, fund, cap, submission_deadline, jury_deadline, "
            + "decision_deadline, implementation_months, score_max";

    private final Jdbc jdbc;
    private final Tenancy tenancy;
    private volatile CocreationConfig config;

    @Activate
    public Calls(@Reference(target = "(" + Jdbc.SCHEMA + "=cocreation)") Jdbc jdbc, @Reference Tenancy tenancy,
            CocreationConfig config) {
        this.jdbc = jdbc;
        this.tenancy = tenancy;
        this.config = config;
    }

    /** The tenant whose open calls and funded projects anonymous visitors see. */
    public String openTenant() {
        String configured = config.public_tenant();
        return configured == null || configured.isBlank() ? tenancy.defaultTenant() : configured.strip();
    }

    /** A new configuration takes effect in place: no restart. */
    @Modified
    void modified(CocreationConfig changed) {
        config = changed;
    }

    /**
     * Opens a call; the cap, implementation period and score scale default to the configuration.
     *
     * @throws IllegalStateException when the tenant has a call of that name already
     */
    public FundingCall open(String tenant, CallSpec spec) throws SQLException {
        CocreationConfig defaults = config;
        return jdbc.transaction(tx -> {
            if (tx.first("select id from cocreation_calls where tenant = ? and name = ?", row -> row.getLong(1),
                    tenant, spec.name()).isPresent()) {
                throw new IllegalStateException("A call named '" + spec.name() + "' exists already.");
            }
            long id = tx.insert("insert into cocreation_calls (tenant, name, fund, cap, submission_deadline, "
                    + "jury_deadline, decision_deadline, implementation_months, score_max, created) "
                    + "values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", tenant, spec.name(), spec.fund(),
                    spec.cap() != null ? spec.cap() : new java.math.BigDecimal(defaults.cap()),
                    Date.valueOf(spec.submissionDeadline()), Date.valueOf(spec.juryDeadline()),
                    Date.valueOf(spec.decisionDeadline()),
                    spec.implementationMonths() != null ? spec.implementationMonths()
                            : defaults.implementation_months(),
                    spec.scoreMax() != null ? spec.scoreMax() : defaults.score_max(), Timestamp.from(Instant.now()));
            int position = 0;
            for (String name : spec.eligibility()) {
                tx.insert("insert into cocreation_criteria (call_id, position, eligibility, name) "
                        + "values (?, ?, true, ?)",
                        id, position++, name.strip());
            }
            for (CallSpec.Weighted criterion : spec.criteria()) {
                tx.insert("insert into cocreation_criteria (call_id, position, eligibility, name, weight) "
                        + "values (?, ?, false, ?, ?)", id, position++, criterion.name(), criterion.weight());
            }
            return find(tx, tenant, id).orElseThrow();
        });
    }

    /** The tenant's calls, newest first. */
    public List<FundingCall> list(String tenant) throws SQLException {
        List<Long> ids = jdbc.query("select id from cocreation_calls where tenant = ? "
                + "order by submission_deadline desc, id desc", row -> row.getLong(1), tenant);
        List<FundingCall> calls = new ArrayList<>();
        for (long id : ids) {
            find(jdbc, tenant, id).ifPresent(calls::add);
        }
        return calls;
    }

    /** The tenant's call with this id. */
    public Optional<FundingCall> find(String tenant, long id) throws SQLException {
        return find(jdbc, tenant, id);
    }

    /** The tenant's call with this name or id (for the console). */
    public Optional<FundingCall> find(String tenant, String nameOrId) throws SQLException {
        Optional<Long> id = jdbc.first("select id from cocreation_calls where tenant = ? and (name = ? or "
                + "cast(id as varchar(20)) = ?)", row -> row.getLong(1), tenant, nameOrId, nameOrId);
        return id.isPresent() ? find(jdbc, tenant, id.get()) : Optional.empty();
    }

    static Optional<FundingCall> find(Jdbc db, String tenant, long id) throws SQLException {
        List<Criterion> criteria = db.query("select c.id, c.eligibility, c.name, c.weight from cocreation_criteria c "
                + "join cocreation_calls k on k.id = c.call_id where k.tenant = ? and k.id = ? order by c.position",
                row -> new Criterion(row.getLong(1), row.getBoolean(2), row.getString(3), row.getBigDecimal(4)),
                tenant, id);
        return db.first("select " + COLUMNS + " from cocreation_calls where tenant = ? and id = ?",
                row -> call(row, criteria), tenant, id);
    }

    private static FundingCall call(ResultSet row, List<Criterion> criteria) throws SQLException {
        return new FundingCall(row.getLong(1), row.getString(2), row.getBigDecimal(3), row.getBigDecimal(4),
                row.getDate(5).toLocalDate(), row.getDate(6).toLocalDate(), row.getDate(7).toLocalDate(),
                row.getInt(8), row.getInt(9), List.copyOf(criteria));
    }
}
