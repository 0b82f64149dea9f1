package org.stadtkern.sovereignty.internal.policy;

import java.time.Duration;
import java.time.Period;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.stadtkern.core.api.access.Classification;
import org.stadtkern.core.api.access.DatasetRef;

/**
 * The checked policy of one dataset.
 *
 * @param dataset the dataset
 * @param classification who may read it
 * @param license its dcat-ap.de licence URI
 * @param purposes what it may be used for
 * @param legalBasis the legal basis of the processing
 * @param retention how long records are kept, or {@code null} for no limit
 * @param aggregate whether expired records are aggregated (else deleted)
 * @param resolution the length of one aggregate
 * @param countRule how counts are published
 * @param owner the user who owns it
 * @param record the fields of the record of processing activities (GDPR Art. 30)
 */
public record DatasetPolicy(DatasetRef dataset, Classification classification, String license, List<String> purposes,
        String legalBasis, Retention retention, boolean aggregate, Duration resolution, CountRule countRule,
        String owner, ProcessingRecord record) {

    /** A retention period, kept as written (P90D, P2Y, PT12H) with its length. */
    public record Retention(String text, Duration length) {
    }

    /** What GDPR Art. 30 (1) c, d, e and g ask for, as configured. */
    public record ProcessingRecord(String dataSubjects, String dataCategories, String recipients, String transfers,
            String securityMeasures) {
    }

    /** Checks a configuration against the controlled list of purposes; names the first problem. */
    public static DatasetPolicy of(PolicyConfig config, String defaultTenant, Set<String> allowedPurposes) {
        String name = config.dataset().trim();
        if (!name.matches("[A-Za-z0-9][A-Za-z0-9-]{0,99}")) {
            throw new IllegalArgumentException("dataset must be letters, digits and dashes, not '" + name + "'");
        }
        String tenant = config.tenant().isBlank() ? defaultTenant : config.tenant().trim();
        Classification classification = parseClassification(config.classification());
        List<String> purposes = list(config.purposes());
        for (String purpose : purposes) {
            if (!allowedPurposes.contains(purpose)) {
                throw new IllegalArgumentException("purpose '" + purpose + "' is not in the controlled list "
                        + allowedPurposes);
            }
        }
        if (classification == Classification.PERSONAL && purposes.isEmpty()) {
            throw new IllegalArgumentException("personal data needs at least one purpose");
        }
        if (!config.license().startsWith("http://dcat-ap.de/def/licenses/")) {
            throw new IllegalArgumentException("license must be a dcat-ap.de licence URI, not '" + config.license()
                    + "'");
        }
        Retention retention = config.retention().isBlank() ? null
                : new Retention(config.retention().trim(), duration(config.retention().trim()));
        String action = config.retention_action().trim().toLowerCase(Locale.ROOT);
        if (!action.equals("delete") && !action.equals("aggregate")) {
            throw new IllegalArgumentException("retention.action must be delete or aggregate, not '" + action + "'");
        }
        CountRule countRule = switch (config.count_rule().trim().toLowerCase(Locale.ROOT)) {
            case "none" -> new CountRule(CountRule.Kind.NONE, 0);
            case "suppress" -> new CountRule(CountRule.Kind.SUPPRESS, config.count_k());
            case "round" -> new CountRule(CountRule.Kind.ROUND, config.count_base());
            default -> throw new IllegalArgumentException("count.rule must be none, suppress or round");
        };
        return new DatasetPolicy(new DatasetRef(tenant, name), classification, config.license(), purposes,
                config.legal_basis(), retention, action.equals("aggregate"), duration(config.retention_resolution()),
                countRule, config.owner(), new ProcessingRecord(config.data_subjects(), config.data_categories(),
                        config.recipients(), config.transfers(), config.security_measures()));
    }

    public static Classification parseClassification(String text) {
        try {
            return Classification.valueOf(text.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("classification must be open, internal or personal, not '" + text
                    + "'");
        }
    }

    /** An ISO 8601 duration with days, months or years (P90D, P2Y) or times (PT12H). */
    public static Duration duration(String text) {
        try {
            if (text.contains("T")) {
                return Duration.parse(text);
            }
            Period period = Period.parse(text);
            return Duration.ofDays(period.getYears() * 365L + period.getMonths() * 30L + period.getDays());
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("'" + text + "' is not an ISO 8601 duration such as P90D or PT1H");
        }
    }

    static List<String> list(String text) {
        return Arrays.stream(text.split(",")).map(String::trim).filter(s -> !s.isEmpty()).toList();
    }
}
