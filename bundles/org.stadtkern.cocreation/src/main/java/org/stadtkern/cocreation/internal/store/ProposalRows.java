package org.stadtkern.cocreation.internal.store;

import java.io.IOException;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;

import org.stadtkern.cocreation.internal.fund.Proposal;
import org.stadtkern.cocreation.internal.fund.ProposalInput;
import org.stadtkern.cocreation.internal.fund.State;
import org.stadtkern.core.api.measure.Json;

import com.fasterxml.jackson.core.type.TypeReference;

/** A proposal's row in {@code cocreation_proposals}: the parameters that write it and the record read back. */
final class ProposalRows {

    private ProposalRows() {
    }

    static Object[] content(String tenant, long call, State state, ProposalInput input, String tokenHash,
            Instant now) {
        ProposalInput.Applicant applicant = applicant(input);
        boolean submitted = state == State.SUBMITTED;
        return new Object[] {tenant, call, state.id(), submitted ? 1 : 0, applicant.type(), applicant.name(),
            applicant.legalForm(), applicant.email(), applicant.phone(), json(input.coApplicants()), input.title(),
            input.summary(), input.description(), input.district(), input.tools(), json(input.costPlan()),
            json(input.milestones()), input.requested(), input.consent(), tokenHash,
            Timestamp.from(now), submitted ? Timestamp.from(now) : null};
    }

    static Object[] edited(int version, ProposalInput input, String tenant, Proposal proposal) {
        ProposalInput.Applicant applicant = applicant(input);
        return new Object[] {version == 0 ? proposal.version() : version, applicant.type(), applicant.name(),
            applicant.legalForm(), applicant.email(), applicant.phone(), json(input.coApplicants()), input.title(),
            input.summary(), input.description(), input.district(), input.tools(), json(input.costPlan()),
            json(input.milestones()), input.requested(), input.consent(), tenant, proposal.id(),
            proposal.state().id(), proposal.version()};
    }

    private static ProposalInput.Applicant applicant(ProposalInput input) {
        return input.applicant() != null ? input.applicant()
                : new ProposalInput.Applicant(null, null, null, null, null);
    }

    static Proposal proposal(ResultSet row) throws SQLException {
        ProposalInput.Applicant applicant = new ProposalInput.Applicant(row.getString(5), row.getString(6),
                row.getString(7), row.getString(8), row.getString(9));
        ProposalInput content = new ProposalInput(applicant, row.getString(11), row.getString(12), row.getString(13),
                row.getString(14), row.getString(15), read(row.getString(16), new TypeReference<>() { }),
                read(row.getString(17), new TypeReference<>() { }),
                read(row.getString(10), new TypeReference<List<String>>() { }), row.getBoolean(18));
        Timestamp submitted = row.getTimestamp(21);
        return new Proposal(row.getLong(1), row.getLong(2), State.of(row.getString(3)).orElseThrow(), row.getInt(4),
                content, row.getBigDecimal(19), row.getTimestamp(20).toInstant(),
                submitted == null ? null : submitted.toInstant());
    }

    private static <T> T read(String json, TypeReference<T> type) throws SQLException {
        try {
            return Json.reader().forType(type).readValue(json);
        } catch (IOException e) {
            throw new SQLException("A stored proposal cannot be read: " + e.getMessage(), e);
        }
    }

    static String json(Object value) {
        try {
            return Json.writer().writeValueAsString(value);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

}
