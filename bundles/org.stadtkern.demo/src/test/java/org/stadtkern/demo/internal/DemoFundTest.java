package org.stadtkern.demo.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.lang.annotation.Annotation;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.List;

import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;
import org.stadtkern.cocreation.internal.CocreationConfig;
import org.stadtkern.cocreation.internal.RoundPlayer;
import org.stadtkern.cocreation.internal.fund.FundingCall;
import org.stadtkern.cocreation.internal.fund.Project;
import org.stadtkern.cocreation.internal.fund.Proposal;
import org.stadtkern.cocreation.internal.fund.State;
import org.stadtkern.cocreation.internal.store.Calls;
import org.stadtkern.cocreation.internal.store.Eligibility;
import org.stadtkern.cocreation.internal.store.Projects;
import org.stadtkern.cocreation.internal.store.Proposals;
import org.stadtkern.cocreation.internal.store.Reviews;
import org.stadtkern.cocreation.internal.store.Standings;
import org.stadtkern.core.api.Tenancy;
import org.stadtkern.core.api.measure.Jdbc;

/**
 * The demo city's round, played through the fund's own stores on H2: what a new user finds after the
 * first start (15 proposals, 2 not eligible, 9 approved within the fund, projects in implementation
 * with their advance paid).
 */
class DemoFundTest {

    @Test
    void theRoundEndsWithNineProjectsInImplementationWithinTheFund() throws Exception {
        JdbcDataSource h2 = new JdbcDataSource();
        h2.setURL("jdbc:h2:mem:demofund" + System.nanoTime() + ";DB_CLOSE_DELAY=-1");
        try (Connection connection = h2.getConnection(); Statement statement = connection.createStatement()) {
            statement.execute("runscript from 'classpath:/db/cocreation/V1.sql'");
        }
        Jdbc jdbc = Jdbc.on(h2);
        Calls calls = new Calls(jdbc, tenancy(), config());
        Proposals proposals = new Proposals(jdbc);
        Reviews reviews = new Reviews(jdbc);
        Projects projects = new Projects(jdbc);
        RoundPlayer player = new RoundPlayer(calls, proposals, new Eligibility(jdbc), reviews, projects,
                new Standings(proposals, reviews));
        assertFalse(player.hasCall(DemoFund.CALL));
        try (InputStream round = DemoFund.class.getResourceAsStream("/demo/cocreation-round-2026.json")) {
            player.playRound(round);
        }
        assertTrue(player.hasCall(DemoFund.CALL));

        FundingCall call = calls.find("oberhausen", DemoFund.CALL).orElseThrow();
        List<Proposal> all = proposals.list("oberhausen", call.id(), null);
        assertEquals(15, all.size());
        List<Proposal> running = proposals.list("oberhausen", call.id(), State.IN_IMPLEMENTATION);
        assertEquals(9, running.size());
        assertEquals(6, proposals.list("oberhausen", call.id(), State.REJECTED).size());
        BigDecimal approved = BigDecimal.ZERO;
        for (Proposal proposal : running) {
            Project project = projects.project(proposal, LocalDate.of(2026, 12, 7)).orElseThrow();
            approved = approved.add(project.approved());
            assertEquals(LocalDate.of(2027, 4, 30), project.ends());
            assertEquals(0, project.approved().multiply(new BigDecimal("0.4")).compareTo(project.paid()));
        }
        assertTrue(approved.compareTo(call.fund()) <= 0, approved + " within " + call.fund());
        assertEquals(0, new BigDecimal("282000").compareTo(approved));
    }

    private static Tenancy tenancy() {
        return new Tenancy() {
            @Override
            public String defaultTenant() {
                return "oberhausen";
            }

            @Override
            public String publisherTenant(String stamped) {
                return "oberhausen";
            }
        };
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
