package org.stadtkern.sensorthings.internal.store;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.LongConsumer;

import org.stadtkern.sensorthings.internal.model.EntityType;
import org.stadtkern.sensorthings.internal.query.QueryException;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Bulk import of Observations into one Datastream, from CSV ({@code phenomenonTime,result} per line,
 * an optional header) or a JSON array of Observations. Commits every {@value #BATCH} rows; a bad row
 * is skipped with its reason and does not stop the import.
 */
public final class ObservationImport {

    static final int BATCH = 1000;
    private static final int MAX_REPORTED = 20;

    /** What an import did. */
    public record Result(long imported, long skipped, List<String> problems) {
    }

    private final Connection connection;
    private final String tenant;

    public ObservationImport(Connection connection, String tenant) {
        this.connection = connection;
        this.tenant = tenant;
    }

    public Result csv(Reader input, long datastream, LongConsumer progress) throws IOException, SQLException,
            QueryException {
        checkDatastream(datastream);
        Counter counter = new Counter(progress);
        BufferedReader lines = new BufferedReader(input);
        connection.setAutoCommit(false);
        try (ObservationBatch batch = new ObservationBatch(connection, tenant)) {
            String line;
            long number = 0;
            while ((line = lines.readLine()) != null) {
                number++;
                if (line.isBlank() || number == 1 && line.toLowerCase().startsWith("phenomenontime")) {
                    continue;
                }
                String[] fields = line.split(",", 2);
                ObjectNode observation = JsonNodeFactory.instance.objectNode();
                observation.put("phenomenonTime", fields[0].trim());
                if (fields.length < 2) {
                    counter.skip("line " + number + ": expected phenomenonTime,result");
                    continue;
                }
                observation.set("result", result(fields[1].trim()));
                add(batch, datastream, observation, counter, "line " + number);
            }
            finish(batch, counter);
        } finally {
            connection.setAutoCommit(true);
        }
        return counter.result();
    }

    public Result json(JsonParser parser, long datastream, LongConsumer progress) throws IOException, SQLException,
            QueryException {
        checkDatastream(datastream);
        if (parser.nextToken() != JsonToken.START_ARRAY) {
            throw new QueryException("A JSON import is an array of Observations.");
        }
        Counter counter = new Counter(progress);
        connection.setAutoCommit(false);
        try (ObservationBatch batch = new ObservationBatch(connection, tenant)) {
            long number = 0;
            while (parser.nextToken() == JsonToken.START_OBJECT) {
                number++;
                JsonNode observation = parser.readValueAsTree();
                add(batch, datastream, observation, counter, "element " + number);
            }
            finish(batch, counter);
        } finally {
            connection.setAutoCommit(true);
        }
        return counter.result();
    }

    private void add(ObservationBatch batch, long datastream, JsonNode observation, Counter counter, String where)
            throws SQLException {
        try {
            batch.add(datastream, observation, null);
        } catch (QueryException e) {
            counter.skip(where + ": " + e.getMessage());
            return;
        }
        if (batch.size() >= BATCH) {
            finish(batch, counter);
        }
    }

    private void finish(ObservationBatch batch, Counter counter) throws SQLException {
        int size = batch.size();
        batch.flush();
        connection.commit();
        counter.imported(size);
    }

    private void checkDatastream(long datastream) throws SQLException, QueryException {
        if (new EntityReader(connection, tenant, 1).find(EntityType.DATASTREAM, datastream).isEmpty()) {
            throw new QueryException("There is no Datastream " + datastream + ".");
        }
    }

    private static JsonNode result(String text) {
        try {
            return JsonNodeFactory.instance.numberNode(new java.math.BigDecimal(text));
        } catch (NumberFormatException e) {
            return JsonNodeFactory.instance.textNode(text.replaceAll("^\"|\"$", ""));
        }
    }

    private static final class Counter {
        private final LongConsumer progress;
        private final List<String> problems = new ArrayList<>();
        private long imported;
        private long skipped;

        Counter(LongConsumer progress) {
            this.progress = progress;
        }

        void imported(int count) {
            imported += count;
            progress.accept(imported);
        }

        void skip(String problem) {
            skipped++;
            if (problems.size() < MAX_REPORTED) {
                problems.add(problem);
            }
        }

        Result result() {
            return new Result(imported, skipped, List.copyOf(problems));
        }
    }
}
