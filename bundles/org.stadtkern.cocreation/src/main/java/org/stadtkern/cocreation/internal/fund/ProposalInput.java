package org.stadtkern.cocreation.internal.fund;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * A proposal as the applicant writes it (bound strictly). A draft may be incomplete;
 * {@link #missingForSubmission} says what a submission still needs. Limits on every field keep a
 * hostile sender from storing more than a proposal holds.
 *
 * @param applicant who applies
 * @param title the project's name
 * @param summary a few sentences, published when the project is funded
 * @param description the full description
 * @param district the city district where it happens
 * @param tools the digital tools or sensors it uses
 * @param costPlan the items and their amounts; their total is the request
 * @param milestones what is done by which month of the implementation
 * @param coApplicants the names of co-applicants
 * @param consent whether the applicant consents to the processing of their data for the funding
 */
public record ProposalInput(Applicant applicant, String title, String summary, String description, String district,
        String tools, List<CostItem> costPlan, List<PlannedMilestone> milestones, List<String> coApplicants,
        boolean consent) {

    /** The types of applicant a call accepts. */
    public static final Set<String> APPLICANT_TYPES = Set.of("citizen", "association", "company", "start-up");

    /**
     * Who applies: personal data (dataset {@code cocreation-applicants}).
     *
     * @param type citizen, association, company or start-up
     * @param name the person's or organisation's name
     * @param legalForm such as "e. V." or "GmbH"; none for a citizen
     * @param email how the fund's staff reach the applicant
     * @param phone optional
     */
    public record Applicant(String type, String name, String legalForm, String email, String phone) {

        public Applicant {
            if (type != null && !APPLICANT_TYPES.contains(type)) {
                throw new IllegalArgumentException("applicant.type must be one of citizen, association, company, "
                        + "start-up.");
            }
            name = Amounts.text("applicant.name", name, 200);
            legalForm = Amounts.text("applicant.legalForm", legalForm, 100);
            email = Amounts.text("applicant.email", email, 254);
            if (email != null && !email.matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+")) {
                throw new IllegalArgumentException("applicant.email is not an e-mail address.");
            }
            phone = Amounts.text("applicant.phone", phone, 40);
        }
    }

    /**
     * One item of the cost plan.
     *
     * @param item what the money is for
     * @param amount in euros
     */
    public record CostItem(String item, BigDecimal amount) {

        public CostItem {
            item = CallSpec.required("costPlan item", Amounts.text("costPlan item", item, 200));
            amount = Amounts.checked("The amount of '" + item + "'", amount);
        }
    }

    /**
     * A milestone as planned in the proposal.
     *
     * @param title what is done
     * @param month the month of the implementation by which it is done (1 = the first)
     */
    public record PlannedMilestone(String title, int month) {

        public PlannedMilestone {
            title = CallSpec.required("milestone title", Amounts.text("milestone title", title, 200));
            if (month < 1 || month > 60) {
                throw new IllegalArgumentException("The month of milestone '" + title + "' must be from 1 to 60.");
            }
        }
    }

    public ProposalInput {
        title = Amounts.text("title", title, 200);
        summary = Amounts.text("summary", summary, 1000);
        description = Amounts.text("description", description, 20_000);
        district = Amounts.text("district", district, 100);
        tools = Amounts.text("tools", tools, 2000);
        costPlan = costPlan == null ? List.of() : List.copyOf(costPlan);
        milestones = milestones == null ? List.of() : List.copyOf(milestones);
        coApplicants = coApplicants == null ? List.of() : List.copyOf(coApplicants);
        if (costPlan.size() > 50 || milestones.size() > 20 || coApplicants.size() > 10) {
            throw new IllegalArgumentException("A proposal has at most 50 cost items, 20 milestones and 10 "
                    + "co-applicants.");
        }
        for (String co : coApplicants) {
            CallSpec.required("co-applicant", Amounts.text("co-applicant", co, 200));
        }
    }

    /** The request: the total of the cost plan. */
    public BigDecimal requested() {
        return costPlan.stream().map(CostItem::amount).reduce(BigDecimal.ZERO.setScale(2), BigDecimal::add);
    }

    /**
     * Something a submission still needs.
     *
     * @param field the field it concerns, such as {@code applicant.email} or {@code costPlan.total}, for a
     *        form to mark it and say it in its own language
     * @param reason the sentence for the applicant
     */
    public record Gap(String field, String reason) {
    }

    /**
     * What a submission still needs; empty when it can be submitted.
     *
     * @param cap the call's cap per project
     */
    public List<Gap> missingForSubmission(BigDecimal cap) {
        List<Gap> missing = new ArrayList<>();
        Applicant who = applicant == null ? new Applicant(null, null, null, null, null) : applicant;
        if (who.type() == null) {
            missing.add(new Gap("applicant.type", "Say who applies: citizen, association, company or start-up."));
        }
        if (who.name() == null) {
            missing.add(new Gap("applicant.name", "The applicant's name is required."));
        }
        if (who.email() == null) {
            missing.add(new Gap("applicant.email", "An e-mail address is required, so that the fund can reach you."));
        }
        if (who.type() != null && !"citizen".equals(who.type()) && who.legalForm() == null) {
            missing.add(new Gap("applicant.legalForm", "The legal form of the organisation is required."));
        }
        required(missing, "title", title, "The title is required.");
        required(missing, "summary", summary, "The summary is required.");
        required(missing, "district", district, "The district is required.");
        if (costPlan.isEmpty()) {
            missing.add(new Gap("costPlan", "The cost plan needs at least one item."));
        } else if (requested().compareTo(cap) > 0) {
            missing.add(new Gap("costPlan.total", "The cost plan totals " + requested().toPlainString()
                    + " EUR, more than the cap of " + cap.toPlainString() + " EUR per project."));
        }
        if (!consent) {
            missing.add(new Gap("consent", "Consent to the processing of your data for the funding is required."));
        }
        return missing;
    }

    private static void required(List<Gap> missing, String field, String value, String reason) {
        if (value == null) {
            missing.add(new Gap(field, reason));
        }
    }
}
