package org.stadtkern.sovereignty.internal.export;

import java.util.List;

import org.stadtkern.core.api.access.Classification;
import org.stadtkern.sovereignty.internal.policy.DatasetPolicy;

/**
 * The record of processing activities (GDPR Art. 30 (1)) of a tenant: one entry per dataset that
 * holds personal data, with the fields a to g as the policies and the runtime's settings state them.
 */
public final class ProcessingRecords {

    /**
     * One processing activity; the letters are those of Art. 30 (1). {@code erasure} says it in words,
     * {@code retention} (ISO 8601, empty for none), {@code aggregated} and {@code resolution} as values.
     */
    public record Entry(String dataset, String tenant, String controller, String dataProtectionOfficer,
            List<String> purposes, String legalBasis, String dataSubjects, String dataCategories, String recipients,
            String thirdCountryTransfers, String erasure, String securityMeasures, String owner, String retention,
            boolean aggregated, String resolution) {
    }

    /** The document: who keeps it, and the entries. */
    public record Document(String tenant, String controller, String dataProtectionOfficer, List<Entry> activities) {
    }

    private ProcessingRecords() {
    }

    /** The entries of every personal-data dataset of the tenant, by dataset name. */
    public static Document of(String tenant, List<DatasetPolicy> policies, String controller, String officer) {
        List<Entry> entries = policies.stream()
                .filter(p -> p.dataset().tenant().equals(tenant) && p.classification() == Classification.PERSONAL)
                .map(p -> new Entry(p.dataset().name(), tenant, controller, officer, p.purposes(), p.legalBasis(),
                        p.record().dataSubjects(), p.record().dataCategories(), p.record().recipients(),
                        p.record().transfers(), erasure(p), p.record().securityMeasures(), p.owner(),
                        p.retention() == null ? "" : p.retention().text(), p.retention() != null && p.aggregate(),
                        p.retention() != null && p.aggregate() ? p.resolution().toString() : ""))
                .sorted((a, b) -> a.dataset().compareTo(b.dataset()))
                .toList();
        return new Document(tenant, controller, officer, entries);
    }

    private static String erasure(DatasetPolicy policy) {
        if (policy.retention() == null) {
            return "no time limit configured";
        }
        return policy.aggregate() ? "raw records after " + policy.retention().text() + ", aggregated to "
                + policy.resolution() + " first" : "after " + policy.retention().text();
    }
}
