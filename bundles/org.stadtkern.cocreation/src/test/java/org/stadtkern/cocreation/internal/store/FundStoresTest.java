package org.stadtkern.cocreation.internal.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.annotation.Annotation;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.List;

import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.stadtkern.cocreation.internal.CocreationConfig;
import org.stadtkern.cocreation.internal.fund.CallSpec;
import org.stadtkern.cocreation.internal.fund.Decision;
import org.stadtkern.cocreation.internal.fund.FundingCall;
import org.stadtkern.cocreation.internal.fund.Incomplete;
import org.stadtkern.cocreation.internal.fund.JuryMember;
import org.stadtkern.cocreation.internal.fund.Project;
import org.stadtkern.cocreation.internal.fund.Proposal;
import org.stadtkern.cocreation.internal.fund.ProposalInput;
import org.stadtkern.cocreation.internal.fund.Score;
import org.stadtkern.cocreation.internal.fund.State;
import org.stadtkern.core.api.Tenancy;
import org.stadtkern.core.api.measure.Jdbc;

/** The stores on a real H2 with the measure's schema script: one proposal's way from draft to payout. */
class FundStoresTest {

    private static final String CITY = "oberhausen";

    private Calls calls;
    private Proposals proposals;
    private Eligibility eligibility;
    private Reviews reviews;
    private Projects projects;
    private FundingCall call;

    @BeforeEach
    void migrate() throws Exception {
        JdbcDataSource h2 = new JdbcDataSource();
        h2.setURL("jdbc:h2:mem:cocreation" + System.nanoTime() + ";DB_CLOSE_DELAY=-1");
        try (Connection connection = h2.getConnection(); Statement statement = connection.createStatement()) {
            statement.execute("runscript from 'classpath:/db/cocreation/V1.sql'");
        }
        Jdbc jdbc = Jdbc.on(h2);
        calls = calls(jdbc);
        proposals = new Proposals(jdbc);
        eligibility = new Eligibility(jdbc);
        reviews = new Reviews(jdbc);
        projects = new Projects(jdbc);
        call = calls.open(CITY, new CallSpec("Fonds 2026", new BigDecimal("60000"), null, LocalDate.of(2026, 3, 31),
                LocalDate.of(2026, 5, 31), LocalDate.of(2026, 6, 30), null, null, List.of("Takes place in the city"),
                List.of(new CallSpec.Weighted("Benefit", new BigDecimal("2")),
                        new CallSpec.Weighted("Feasibility", BigDecimal.ONE))));
    }

    @Test
    void aCallTakesTheConfiguredDefaultsAndNamesAreUniquePerTenant() throws Exception {
        assertEquals(0, new BigDecimal("50000").compareTo(call.cap()));
        assertEquals(8, call.implementationMonths());
        assertEquals(10, call.scoreMax());
        assertEquals(1, call.eligibility().size());
        assertEquals(2, call.scoring().size());
        assertThrows(IllegalStateException.class, () -> calls.open(CITY, spec("Fonds 2026")));
        assertNotNull(calls.open("bottrop", spec("Fonds 2026")));
        assertTrue(calls.find("bottrop", call.id()).isEmpty());
        assertEquals(call, calls.find(CITY, "Fonds 2026").orElseThrow());
        assertEquals(CITY, calls.openTenant());
    }

    @Test
    void aDraftIsIncompleteUntilItHasWhatASubmissionNeeds() throws Exception {
        ProposalInput draft = new ProposalInput(null, "Idea", null, null, null, null, List.of(), List.of(), List.of(),
                false);
        Proposals.Saved saved = proposals.create(CITY, call, draft, "applicant", false, true);
        assertEquals(State.DRAFT, saved.proposal().state());
        assertTrue(proposals.tokenMatches(CITY, saved.proposal().id(), saved.token()));
        assertFalse(proposals.tokenMatches(CITY, saved.proposal().id(), saved.token() + "x"));
        assertFalse(proposals.tokenMatches("bottrop", saved.proposal().id(), saved.token()));
        Incomplete incomplete = assertThrows(Incomplete.class, () -> proposals.move(CITY, call, saved.proposal(),
                State.SUBMITTED, "applicant", null));
        assertTrue(incomplete.reasons().contains("The cost plan needs at least one item."), incomplete.reasons()
                .toString());
        assertTrue(incomplete.reasons().contains(
                "Consent to the processing of your data for the funding is required."));
        Incomplete overCap = assertThrows(Incomplete.class, () -> proposals.create(CITY, call, input(50000.01),
                "applicant", true, true));
        assertEquals(List.of("The cost plan totals 50000.01 EUR, more than the cap of 50000.00 EUR per project."),
                overCap.reasons());
    }

    @Test
    void aSubmittedProposalIsFrozenAndAmendmentsAreNewVersions() throws Exception {
        Proposal submitted = proposals.create(CITY, call, input(20000), "applicant", true, true).proposal();
        assertEquals(1, submitted.version());
        Proposal amended = proposals.edit(CITY, call, submitted, input(25000), "applicant");
        assertEquals(2, amended.version());
        assertEquals(0, new BigDecimal("25000").compareTo(amended.requested()));
        assertThrows(IllegalStateException.class, () -> proposals.edit(CITY, call, submitted, input(1), "applicant"),
                "a stale version is refused");
        Proposal checking = proposals.move(CITY, call, amended, State.ELIGIBILITY_CHECK, "staff", null);
        eligibility.check(call, checking, List.of(new Eligibility.Check(call.eligibility().get(0).id(), true, null)),
                "staff");
        Proposal review = proposals.move(CITY, call, checking, State.JURY_REVIEW, "staff", null);
        assertThrows(IllegalStateException.class, () -> proposals.edit(CITY, call, review, input(1), "applicant"));
        assertEquals(List.of(State.DRAFT, State.SUBMITTED, State.ELIGIBILITY_CHECK, State.JURY_REVIEW),
                proposals.history(review.id()).stream().map(t -> t.to()).toList());
    }

    @Test
    void theJurySeesOnlyProposalsThatPassedEveryEligibilityCriterion() throws Exception {
        Proposal checking = proposals.move(CITY, call, submitted(10000), State.ELIGIBILITY_CHECK, "staff", null);
        long criterion = call.eligibility().get(0).id();
        assertThrows(IllegalStateException.class, () -> proposals.move(CITY, call, checking, State.JURY_REVIEW,
                "staff", null));
        assertThrows(IllegalArgumentException.class, () -> eligibility.check(call, checking,
                List.of(new Eligibility.Check(criterion, false, " ")), "staff"));
        eligibility.check(call, checking, List.of(new Eligibility.Check(criterion, false, "Outside the city")),
                "staff");
        assertThrows(IllegalStateException.class, () -> proposals.move(CITY, call, checking, State.JURY_REVIEW,
                "staff", null));
        Proposal rejected = proposals.move(CITY, call, checking, State.REJECTED, "staff", "Outside the city");
        assertEquals(State.REJECTED, rejected.state());
        assertEquals("Outside the city", proposals.history(rejected.id()).get(3).reason());
    }

    @Test
    void aConflictDeletesTheMembersScoresAndExcludesThem() throws Exception {
        Proposal review = inReview(submitted(30000));
        reviews.appoint(call, List.of(new JuryMember("anna", "Anna A", "Urban planning"),
                new JuryMember("ben", "Ben B", "Computer science")));
        reviews.assign(call, review, List.of("anna", "ben"));
        List<Score> high = List.of(new Score(call.scoring().get(0).id(), 9, "strong"),
                new Score(call.scoring().get(1).id(), 9, null));
        assertThrows(IllegalStateException.class, () -> reviews.score(call, review, "anna", high),
                "scores need a declaration first");
        reviews.declare(review, "anna", false, null);
        reviews.declare(review, "ben", false, null);
        reviews.score(call, review, "anna", high);
        reviews.score(call, review, "ben", List.of(new Score(call.scoring().get(0).id(), 3, null),
                new Score(call.scoring().get(1).id(), 6, null)));
        assertEquals(6.5, reviews.scoring(call, review.id()).aggregate());
        reviews.declare(review, "ben", true, "My company is a co-applicant");
        assertTrue(reviews.scores(review.id(), "ben").isEmpty());
        assertEquals(9.0, reviews.scoring(call, review.id()).aggregate());
        assertThrows(IllegalStateException.class, () -> reviews.score(call, review, "ben", high));
        assertThrows(IllegalArgumentException.class, () -> reviews.score(call, review, "anna",
                List.of(new Score(call.scoring().get(0).id(), 11, null))));
        assertThrows(IllegalArgumentException.class, () -> reviews.score(call, review, "anna",
                List.of(new Score(call.eligibility().get(0).id(), 5, null))));
        assertThrows(IllegalStateException.class, () -> reviews.declare(review, "cem", false, null));
        assertThrows(IllegalStateException.class, () -> reviews.appoint(call, List.of(
                new JuryMember("anna", "Anna A", "Urban planning"))), "ben is assigned and stays");
    }

    @Test
    void approvalsStayWithinTheFundAndPaymentsWithinTheApprovedAmount() throws Exception {
        Proposal first = atFunder(inReview(submitted(40000)));
        Proposal second = atFunder(inReview(submitted(30000)));
        assertThrows(IllegalStateException.class, () -> projects.decide(call, first,
                new Decision(true, new BigDecimal("40000.01"), null), "staff"), "above the request");
        projects.decide(call, first, new Decision(true, new BigDecimal("40000"), "Report quarterly"), "staff");
        IllegalStateException full = assertThrows(IllegalStateException.class, () -> projects.decide(call, second,
                new Decision(true, new BigDecimal("30000"), null), "staff"));
        assertEquals("The fund has 20000.00 EUR left; 30000.00 EUR do not fit.", full.getMessage());
        projects.decide(call, second, new Decision(true, new BigDecimal("20000"), "Reduced budget"), "staff");

        Proposal approved = proposals.find(CITY, first.id()).orElseThrow();
        projects.start(call, approved, LocalDate.of(2026, 7, 1), "staff");
        Proposal running = proposals.find(CITY, first.id()).orElseThrow();
        Project project = projects.project(running, LocalDate.of(2026, 9, 15)).orElseThrow();
        assertEquals(LocalDate.of(2027, 2, 28), project.ends());
        assertEquals(LocalDate.of(2026, 8, 31), project.milestones().get(0).due());
        assertEquals(List.of("Sensors installed"), project.overdue());
        projects.done(running, project.milestones().get(0).id(), LocalDate.of(2026, 9, 16));
        assertTrue(projects.project(running, LocalDate.of(2026, 9, 17)).orElseThrow().overdue().isEmpty());

        long payment = projects.request(running, new BigDecimal("30000"), "Sensors");
        assertThrows(IllegalStateException.class, () -> projects.request(running, new BigDecimal("10000.01"),
                "More"));
        projects.settle(running, payment, true);
        assertThrows(IllegalStateException.class, () -> projects.settle(running, payment, true));
        long rest = projects.request(running, new BigDecimal("10000"), "Rest");
        projects.settle(running, rest, false);
        long again = projects.request(running, new BigDecimal("10000"), "Rest, corrected");
        projects.settle(running, again, true);
        assertEquals(0, new BigDecimal("40000").compareTo(projects.project(running, LocalDate.of(2026, 10, 1))
                .orElseThrow().paid()));
        assertEquals(2, proposals.funded(CITY).size());
        assertTrue(proposals.funded("bottrop").isEmpty());
    }

    @Test
    void aStateChangesOnlyFromTheStateItWasReadIn() throws Exception {
        Proposal submitted = submitted(1000);
        proposals.move(CITY, call, submitted, State.WITHDRAWN, "applicant", "Changed my mind");
        assertEquals("The proposal changed meanwhile; read it again.", assertThrows(IllegalStateException.class,
                () -> proposals.move(CITY, call, submitted, State.ELIGIBILITY_CHECK, "staff", null)).getMessage());
    }

    private Proposal submitted(double requested) throws Exception {
        return proposals.create(CITY, call, input(requested), "applicant", true, true).proposal();
    }

    private Proposal inReview(Proposal submitted) throws Exception {
        Proposal checking = proposals.move(CITY, call, submitted, State.ELIGIBILITY_CHECK, "staff", null);
        eligibility.check(call, checking, List.of(new Eligibility.Check(call.eligibility().get(0).id(), true, null)),
                "staff");
        return proposals.move(CITY, call, checking, State.JURY_REVIEW, "staff", null);
    }

    private Proposal atFunder(Proposal review) throws Exception {
        Proposal shortlisted = proposals.move(CITY, call, review, State.SHORTLISTED, "staff", null);
        return proposals.move(CITY, call, shortlisted, State.FUNDER_REVIEW, "staff", null);
    }

    private static ProposalInput input(double requested) {
        return new ProposalInput(new ProposalInput.Applicant("association", "Sterkrade smart e. V.", "e. V.",
                "info@example.org", null), "Smart benches", "Benches that measure the air", null, "Sterkrade",
                "Air quality sensors", List.of(new ProposalInput.CostItem("Benches", BigDecimal.valueOf(requested))),
                List.of(new ProposalInput.PlannedMilestone("Sensors installed", 2)), List.of(), true);
    }

    /** The calls store of the tenant oberhausen with the default configuration. */
    static Calls calls(Jdbc jdbc) {
        return new Calls(jdbc, new Tenancy() {
            @Override
            public String defaultTenant() {
                return CITY;
            }

            @Override
            public String publisherTenant(String stamped) {
                return CITY;
            }
        }, config());
    }

    static CallSpec spec(String name) {
        return new CallSpec(name, BigDecimal.TEN, null, LocalDate.of(2026, 1, 1), LocalDate.of(2026, 2, 1),
                LocalDate.of(2026, 3, 1), null, null, List.of(), List.of(new CallSpec.Weighted("Benefit",
                        BigDecimal.ONE)));
    }

    private static CocreationConfig config() {
        return new CocreationConfig() {
            @Override
            public int cap() {
                return 50000;
            }

            @Override
            public int implementation_months() {
                return 8;
            }

            @Override
            public int score_max() {
                return 10;
            }

            @Override
            public String public_tenant() {
                return "";
            }

            @Override
            public Class<? extends Annotation> annotationType() {
                return CocreationConfig.class;
            }
        };
    }
}
