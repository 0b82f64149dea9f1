package org.stadtkern.sovereignty.internal.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.stadtkern.core.api.measure.Jdbc;

/** The hash chain on a real H2 database: every kind of tampering is named. */
class AuditLogTest {

    private JdbcDataSource dataSource;
    private AuditLog log;

    @BeforeEach
    void appendFiveRecords() throws Exception {
        dataSource = new JdbcDataSource();
        dataSource.setURL("jdbc:h2:mem:audit" + System.nanoTime() + ";DB_CLOSE_DELAY=-1");
        try (InputStream in = AuditLogTest.class.getClassLoader().getResourceAsStream("db/sovereignty/V1.sql");
                Connection connection = dataSource.getConnection();
                Statement statement = connection.createStatement()) {
            for (String sql : new String(in.readAllBytes(), StandardCharsets.UTF_8)
                    .replaceAll("(?m)^\\s*--.*$", "").split(";\\s*\n")) {
                if (!sql.isBlank()) {
                    statement.execute(sql);
                }
            }
        }
        log = new AuditLog(Jdbc.on(dataSource), Clock.fixed(Instant.parse("2026-11-22T10:00:00Z"), ZoneOffset.UTC));
        for (int i = 1; i <= 5; i++) {
            log.append("oberhausen", "ob-reader@oberhausen", "read", "trips", "traffic-planning", "GET " + i);
        }
    }

    @Test
    void anUntouchedLogIsIntactAndQueryableNewestFirst() throws Exception {
        assertTrue(log.verify().intact());
        assertEquals(5, log.verify().records());
        assertEquals("GET 5", log.query(null, "trips", null, 1).get(0).detail());
    }

    @Test
    void aChangedRecordIsNamed() throws Exception {
        execute("update sovereignty_audit set detail = 'GET 99' where seq = 3");
        assertEquals("record 3 was changed", log.verify().problem().orElseThrow());
    }

    @Test
    void aDeletedRecordIsNamed() throws Exception {
        execute("delete from sovereignty_audit where seq = 2");
        assertEquals("record 2 is missing", log.verify().problem().orElseThrow());
    }

    @Test
    void aRecordReplacedWithAFreshHashBreaksTheChainAfterIt() throws Exception {
        AuditRecord forged = new AuditRecord(2, Instant.parse("2026-11-22T10:00:00Z"), "oberhausen", "nobody",
                "read", "trips", null, "GET 2", AuditRecord.GENESIS, null).sealed();
        execute("update sovereignty_audit set actor = 'nobody', purpose = null, previous_hash = '"
                + forged.previousHash() + "', hash = '" + forged.hash() + "' where seq = 2");
        String problem = log.verify().problem().orElseThrow();
        assertTrue(problem.startsWith("record 2 does not follow"), problem);
    }

    @Test
    void appendingAfterTamperingDoesNotHideIt() throws Exception {
        execute("delete from sovereignty_audit where seq = 5");
        log.append("oberhausen", "karaf", "grant", "trips", "traffic-planning", "grant 1");
        assertFalse(log.verify().intact());
    }

    private void execute(String sql) throws Exception {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }
}
