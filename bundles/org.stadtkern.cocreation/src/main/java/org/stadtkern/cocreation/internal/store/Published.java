package org.stadtkern.cocreation.internal.store;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.stadtkern.core.api.measure.Jdbc;

/**
 * The funded projects as the public sees them (dataset {@code cocreation-projects}, open data): call,
 * title, summary, district, approved amount, status and period. Never the applicant, the cost plan
 * or the jury's scores.
 */
@Component(service = Published.class)
public final class Published {

    private static final String[] HEADER = {"id", "call", "title", "summary", "district", "amount_eur", "status",
        "starts", "ends"};

    private final Jdbc jdbc;

    /**
     * A funded project as published.
     *
     * @param id the proposal's id
     * @param call the round that funded it
     * @param amount the approved amount in euros
     * @param status approved, in-implementation, reported or closed
     * @param starts the start, once it has started
     * @param ends the end of its implementation period, once it has started
     */
    public record Project(long id, String call, String title, String summary, String district, BigDecimal amount,
            String status, LocalDate starts, LocalDate ends) {
    }

    @Activate
    public Published(@Reference(target = "(" + Jdbc.SCHEMA + "=cocreation)") Jdbc jdbc) {
        this.jdbc = jdbc;
    }

    /** The tenant's funded projects, newest round first. */
    public List<Project> projects(String tenant) throws SQLException {
        return jdbc.query("select p.id, c.name, p.title, p.summary, p.district, d.amount, p.state, d.starts, d.ends "
                + "from cocreation_proposals p join cocreation_calls c on c.id = p.call_id join cocreation_decisions d "
                + "on d.proposal_id = p.id and d.approved = true where p.tenant = ? and p.state in ('approved', "
                + "'in-implementation', 'reported', 'closed') order by c.submission_deadline desc, p.id",
                row -> new Project(row.getLong(1), row.getString(2), row.getString(3), row.getString(4),
                        row.getString(5), row.getBigDecimal(6), row.getString(7),
                        row.getDate(8) == null ? null : row.getDate(8).toLocalDate(),
                        row.getDate(9) == null ? null : row.getDate(9).toLocalDate()), tenant);
    }

    /** The same as CSV (RFC 4180, header row, UTF-8). */
    public String csv(String tenant) throws SQLException {
        StringWriter out = new StringWriter();
        try (CSVPrinter printer = CSVFormat.RFC4180.builder().setHeader(HEADER).get().print(out)) {
            for (Project project : projects(tenant)) {
                printer.printRecord(project.id(), project.call(), project.title(), project.summary(),
                        project.district(), project.amount().toPlainString(), project.status(),
                        project.starts() == null ? "" : project.starts(), project.ends() == null ? "" : project.ends());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }
}
