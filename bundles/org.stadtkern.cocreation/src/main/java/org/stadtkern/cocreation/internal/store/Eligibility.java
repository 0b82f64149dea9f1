package org.stadtkern.cocreation.internal.store;

import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.stadtkern.cocreation.internal.fund.FundingCall;
import org.stadtkern.cocreation.internal.fund.Proposal;
import org.stadtkern.cocreation.internal.fund.State;
import org.stadtkern.core.api.measure.Jdbc;

/**
 * The eligibility check of proposals: each pass/fail criterion of the call, passed or failed with a
 * note. A proposal goes to the jury only when every criterion is passed.
 */
@Component(service = Eligibility.class)
public final class Eligibility {

    /**
     * The result of an eligibility criterion for a proposal.
     *
     * @param criterion the criterion's id
     * @param passed whether the proposal meets it
     * @param note why, in particular for a failed criterion
     */
    public record Check(long criterion, boolean passed, String note) {
    }

    private final Jdbc jdbc;

    @Activate
    public Eligibility(@Reference(target = "(" + Jdbc.SCHEMA + "=cocreation)") Jdbc jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Records the eligibility check of a proposal in state eligibility-check: every criterion of the
     * call passed or failed, a failed one with a note.
     */
    public void check(FundingCall call, Proposal proposal, List<Check> checks, String actor) throws SQLException {
        if (proposal.state() != State.ELIGIBILITY_CHECK) {
            throw new IllegalStateException("Eligibility is checked in state eligibility-check; this proposal is "
                    + proposal.state().id() + ".");
        }
        Set<Long> criteria = call.eligibility().stream().map(c -> c.id()).collect(Collectors.toSet());
        for (Check check : checks) {
            if (!criteria.contains(check.criterion())) {
                throw new IllegalArgumentException("Criterion " + check.criterion() + " is not an eligibility "
                        + "criterion of this call.");
            }
            if (!check.passed() && (check.note() == null || check.note().isBlank())) {
                throw new IllegalArgumentException("A failed criterion needs a note saying why.");
            }
        }
        Instant now = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        jdbc.transaction(tx -> {
            for (Check check : checks) {
                tx.update("delete from cocreation_eligibility where proposal_id = ? and criterion_id = ?",
                        proposal.id(), check.criterion());
                tx.update("insert into cocreation_eligibility (proposal_id, criterion_id, passed, note, actor, at) "
                        + "values (?, ?, ?, ?, ?, ?)", proposal.id(), check.criterion(), check.passed(), check.note(),
                        actor, Timestamp.from(now));
            }
            return null;
        });
    }

    /** The recorded eligibility results of a proposal, by criterion. */
    public List<Check> checks(long proposal) throws SQLException {
        return jdbc.query("select criterion_id, passed, note from cocreation_eligibility where proposal_id = ? "
                + "order by criterion_id", row -> new Check(row.getLong(1), row.getBoolean(2), row.getString(3)),
                proposal);
    }

    static void passed(Jdbc tx, FundingCall call, long proposal) throws SQLException {
        Map<Long, Boolean> passed = tx.query("select criterion_id, passed from cocreation_eligibility where "
                + "proposal_id = ?", row -> Map.entry(row.getLong(1), row.getBoolean(2)), proposal).stream()
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
        List<String> open = call.eligibility().stream().filter(c -> !Boolean.TRUE.equals(passed.get(c.id())))
                .map(c -> c.name()).toList();
        if (!open.isEmpty()) {
            throw new IllegalStateException("The jury sees a proposal only when every eligibility criterion is "
                    + "passed; not passed: " + String.join("; ", open) + ".");
        }
    }
}
