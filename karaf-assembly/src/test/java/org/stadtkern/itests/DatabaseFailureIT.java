package org.stadtkern.itests;

import java.sql.Connection;
import java.sql.Statement;

import javax.sql.DataSource;

import org.junit.Test;
import org.osgi.framework.ServiceReference;

/**
 * A failure of the runtime's own database (H2 here; PostgresqlIT does the same on PostgreSQL) is
 * never acknowledged as if the input were bad: while H2 refuses every other connection
 * ({@code SET EXCLUSIVE 2} on a connection of the test: the pool's connections are closed and new
 * ones refused), ingestion stops acknowledging and /health says the database is DOWN; once it
 * answers again, the broker delivers the backlog and nothing acknowledged is lost.
 */
public class DatabaseFailureIT extends StadtkernTestSupport {

    @Test
    public void nothingAcknowledgedIsLostWhileTheDatabaseFails() throws Exception {
        ServiceReference<DataSource> reference = bundleContext.getServiceReferences(DataSource.class,
                "(dataSourceName=stadtkern)").iterator().next();
        DataSource dataSource = bundleContext.getService(reference);
        Connection[] exclusive = new Connection[1];
        try {
            IngestUnderFailure.run(new IngestUnderFailure.Failure() {
                @Override
                public void fail() throws Exception {
                    exclusive[0] = dataSource.getConnection();
                    try (Statement statement = exclusive[0].createStatement()) {
                        statement.execute("SET EXCLUSIVE 2");
                    }
                }

                @Override
                public void recover() throws Exception {
                    try (Statement statement = exclusive[0].createStatement()) {
                        statement.execute("SET EXCLUSIVE 0");
                    }
                    exclusive[0].close();
                }
            });
        } finally {
            bundleContext.ungetService(reference);
        }
        await("health up again", 60, () -> get("/health").status() == 200);
    }
}
