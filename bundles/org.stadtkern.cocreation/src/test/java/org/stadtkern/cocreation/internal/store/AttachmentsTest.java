package org.stadtkern.cocreation.internal.store;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.stadtkern.cocreation.internal.fund.Attachment;
import org.stadtkern.cocreation.internal.fund.FundingCall;
import org.stadtkern.cocreation.internal.fund.Proposal;
import org.stadtkern.cocreation.internal.fund.ProposalInput;
import org.stadtkern.cocreation.internal.fund.State;
import org.stadtkern.core.api.access.DatasetRef;
import org.stadtkern.core.api.measure.Jdbc;
import org.stadtkern.core.api.retention.RetentionRule;

/** Files of proposals on H2 with both schema scripts: types by their first bytes, limits, and retention. */
class AttachmentsTest {

    private static final byte[] PDF = "%PDF-1.4\n1 0 obj\n<<>>\nendobj\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);

    private Jdbc jdbc;
    private Proposals proposals;
    private Attachments attachments;
    private FundingCall call;

    @BeforeEach
    void migrate() throws Exception {
        JdbcDataSource h2 = new JdbcDataSource();
        h2.setURL("jdbc:h2:mem:attachments" + System.nanoTime() + ";DB_CLOSE_DELAY=-1");
        try (Connection connection = h2.getConnection(); Statement statement = connection.createStatement()) {
            statement.execute("runscript from 'classpath:/db/cocreation/V1.sql'");
            statement.execute("runscript from 'classpath:/db/cocreation/V2.sql'");
        }
        jdbc = Jdbc.on(h2);
        proposals = new Proposals(jdbc);
        attachments = new Attachments(jdbc);
        call = FundStoresTest.calls(jdbc).open("oberhausen", FundStoresTest.spec("Fonds"));
    }

    @Test
    void aPdfIsKeptAsSentAndListed() throws Exception {
        Proposal draft = draft();
        Attachment stored = attachments.add(draft, "Kostenplan 2026.pdf", "application/pdf", PDF, "applicant");
        assertEquals(List.of(stored), attachments.list(draft.id()));
        assertArrayEquals(PDF, attachments.file(draft.id(), stored.id()).orElseThrow().content());
        assertEquals(64, stored.sha256().length());
    }

    @Test
    void aFileIsWhatItsFirstBytesSayNotWhatItClaims() throws Exception {
        Proposal draft = draft();
        byte[] html = "<html><script>alert(1)</script></html>".getBytes(StandardCharsets.US_ASCII);
        assertThrows(IllegalArgumentException.class, () -> attachments.add(draft, "a.pdf", "application/pdf", html,
                "applicant"));
        assertThrows(IllegalArgumentException.class, () -> attachments.add(draft, "a.html", "text/html", html,
                "applicant"));
        assertThrows(IllegalArgumentException.class, () -> attachments.add(draft, "a.png", "image/png", PDF,
                "applicant"));
        assertThrows(IllegalArgumentException.class, () -> attachments.add(draft, "../../etc/passwd",
                "application/pdf", PDF, "applicant"));
        assertThrows(IllegalArgumentException.class, () -> attachments.add(draft, "empty.pdf", "application/pdf",
                new byte[0], "applicant"));
        byte[] large = new byte[Attachments.MAX_BYTES + 1];
        System.arraycopy(PDF, 0, large, 0, PDF.length);
        assertThrows(IllegalArgumentException.class, () -> attachments.add(draft, "large.pdf", "application/pdf",
                large, "applicant"));
        assertTrue(attachments.list(draft.id()).isEmpty());
    }

    @Test
    void atMostTenFilesAndOnlyWhileTheProposalCanChange() throws Exception {
        Proposal draft = draft();
        for (int i = 0; i < Attachments.MAX_FILES; i++) {
            attachments.add(draft, "Teil " + i + ".pdf", "application/pdf", PDF, "applicant");
        }
        assertThrows(IllegalStateException.class, () -> attachments.add(draft, "zu viel.pdf", "application/pdf",
                PDF, "applicant"));
        Proposal withdrawn = proposals.move("oberhausen", call, draft, State.WITHDRAWN, "applicant", "changed plans");
        assertThrows(IllegalStateException.class, () -> attachments.add(withdrawn, "spät.pdf", "application/pdf",
                PDF, "applicant"));
        assertThrows(IllegalStateException.class, () -> attachments.remove(withdrawn,
                attachments.list(withdrawn.id()).get(0).id()));
    }

    @Test
    void retentionErasesTheApplicantAndTheFilesOfClosedProposals() throws Exception {
        Proposal draft = draft();
        attachments.add(draft, "Lebenslauf.pdf", "application/pdf", PDF, "applicant");
        proposals.move("oberhausen", call, draft, State.WITHDRAWN, "applicant", "changed plans");
        Proposal open = draft();
        attachments.add(open, "Plan.pdf", "application/pdf", PDF, "applicant");
        ApplicantRetention retention = new ApplicantRetention(jdbc);
        RetentionRule rule = new RetentionRule(new DatasetRef("oberhausen", "cocreation-applicants"),
                Instant.now().plus(Duration.ofMinutes(1)), null);
        assertEquals(1, retention.apply(rule, true).deleted());
        assertEquals(1, retention.apply(rule, false).deleted());
        assertTrue(attachments.list(draft.id()).isEmpty());
        assertEquals(null, proposals.find("oberhausen", draft.id()).orElseThrow().content().applicant().email());
        assertEquals(1, attachments.list(open.id()).size(), "an open proposal keeps everything");
        assertEquals(0, retention.apply(rule, false).deleted());
    }

    private Proposal draft() throws Exception {
        return proposals.create("oberhausen", call, new ProposalInput(new ProposalInput.Applicant("citizen",
                "Erika Muster", null, "erika@example.org", null), "Idee", null, null, null, null,
                List.of(new ProposalInput.CostItem("Bank", BigDecimal.TEN)), List.of(), List.of(), false),
                "applicant", false, true).proposal();
    }
}
