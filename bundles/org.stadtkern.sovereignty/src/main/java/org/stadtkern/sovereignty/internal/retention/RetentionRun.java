package org.stadtkern.sovereignty.internal.retention;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.stadtkern.core.api.retention.RetentionOutcome;
import org.stadtkern.core.api.retention.RetentionRule;
import org.stadtkern.core.api.retention.RetentionTarget;
import org.stadtkern.sovereignty.internal.audit.AuditLog;
import org.stadtkern.sovereignty.internal.policy.DatasetPolicy;
import org.stadtkern.sovereignty.internal.policy.Policies;

/**
 * Applies every dataset's retention to every store that registered a {@link RetentionTarget}. Each
 * dataset and store is handled on its own (a failure is reported and the run goes on); a real run
 * records one audit record per dataset and store with the counts, a dry run changes and records
 * nothing.
 */
@Component(service = RetentionRun.class)
public final class RetentionRun {

    private static final Logger LOG = LoggerFactory.getLogger(RetentionRun.class);
    static final String ACTOR = "retention";

    private final Policies policies;
    private final AuditLog audit;
    private final List<RetentionTarget> targets = new CopyOnWriteArrayList<>();

    /** What happened to one dataset in one store. */
    public record Line(DatasetPolicy policy, String target, Instant cutoff, RetentionOutcome outcome, String error) {

        public boolean failed() {
            return error != null;
        }
    }

    @Activate
    public RetentionRun(@Reference Policies policies, @Reference AuditLog audit) {
        this.policies = policies;
        this.audit = audit;
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    void addTarget(RetentionTarget target) {
        targets.add(target);
    }

    void removeTarget(RetentionTarget target) {
        targets.remove(target);
    }

    /** Runs retention as of {@code now}: what is older than each dataset's period goes. */
    public synchronized List<Line> run(Instant now, boolean dryRun) {
        List<Line> lines = new ArrayList<>();
        for (DatasetPolicy policy : policies.all()) {
            if (policy.retention() == null) {
                continue;
            }
            RetentionRule rule = new RetentionRule(policy.dataset(), now.minus(policy.retention().length()),
                    policy.aggregate() ? policy.resolution() : null);
            for (RetentionTarget target : targets) {
                if (target.holds(policy.dataset())) {
                    lines.add(apply(policy, target, rule, dryRun));
                }
            }
        }
        return lines;
    }

    private Line apply(DatasetPolicy policy, RetentionTarget target, RetentionRule rule, boolean dryRun) {
        String what = target.name() + " ended before " + rule.effectiveCutoff() + " (retention "
                + policy.retention().text() + ", " + (rule.aggregates() ? "aggregate to " + rule.resolution()
                : "delete") + ")";
        try {
            RetentionOutcome outcome = target.apply(rule, dryRun);
            if (!dryRun) {
                audit.append(policy.dataset().tenant(), ACTOR, "retention", policy.dataset().name(), null,
                        what + ": " + outcome.deleted() + " deleted, " + outcome.aggregates() + " aggregates written");
                LOG.info("Retention of {} in {}: {} deleted, {} aggregates written", policy.dataset(), target.name(),
                        outcome.deleted(), outcome.aggregates());
            }
            return new Line(policy, target.name(), rule.effectiveCutoff(), outcome, null);
        } catch (Exception e) {
            String error = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
            LOG.warn("Retention of {} in {} failed, nothing of it was changed: {}", policy.dataset(), target.name(),
                    error, e);
            if (!dryRun) {
                audit.append(policy.dataset().tenant(), ACTOR, "retention-failed", policy.dataset().name(), null,
                        what + ": failed, nothing changed: " + error);
            }
            return new Line(policy, target.name(), rule.effectiveCutoff(), null, error);
        }
    }
}
