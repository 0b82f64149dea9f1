package org.stadtkern.cocreation.internal.store;

import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.stadtkern.cocreation.internal.fund.Attachment;
import org.stadtkern.cocreation.internal.fund.FileType;
import org.stadtkern.cocreation.internal.fund.Proposal;
import org.stadtkern.cocreation.internal.fund.State;
import org.stadtkern.core.api.measure.Jdbc;
import org.stadtkern.core.api.measure.Secrets;

/**
 * Files attached to proposals: at most {@value #MAX_FILES} per proposal of at most {@value #MAX_BYTES}
 * bytes each, PDF, PNG or JPEG as their first bytes show, added and removed while the proposal can be
 * changed (a draft, or submitted until the eligibility check is done).
 */
@Component(service = Attachments.class)
public final class Attachments {

    /** The largest file. */
    public static final int MAX_BYTES = 5 * 1024 * 1024;
    /** The most files per proposal. */
    public static final int MAX_FILES = 10;

    private final Jdbc jdbc;

    /**
     * An attachment's content.
     *
     * @param attachment what it is
     * @param content its bytes
     */
    public record File(Attachment attachment, byte[] content) {
    }

    @Activate
    public Attachments(@Reference(target = "(" + Jdbc.SCHEMA + "=cocreation)") Jdbc jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Attaches a file.
     *
     * @throws IllegalArgumentException for a name, type or content that is not allowed
     * @throws IllegalStateException when the proposal cannot be changed or has the most files already
     */
    public Attachment add(Proposal proposal, String name, String mediaType, byte[] content, String actor)
            throws SQLException {
        editable(proposal);
        String checked = name == null ? "" : name.strip();
        if (!checked.matches("[\\p{L}\\p{N} ._()-]{1,200}") || checked.startsWith(".")) {
            throw new IllegalArgumentException("A file name has 1 to 200 letters, digits, spaces and . _ ( ) -.");
        }
        FileType type = FileType.of(mediaType).orElseThrow(() -> new IllegalArgumentException(
                "Attach PDF, PNG or JPEG files (Content-Type application/pdf, image/png or image/jpeg)."));
        if (content.length == 0 || content.length > MAX_BYTES || !type.matches(content)) {
            throw new IllegalArgumentException("The file is not a " + type.name() + " file of at most "
                    + MAX_BYTES / (1024 * 1024) + " MB.");
        }
        Instant now = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        String hash = Secrets.sha256(content);
        long id = jdbc.transaction(tx -> {
            tx.first("select id from cocreation_proposals where id = ? for update", row -> 1, proposal.id());
            long count = tx.first("select count(*) from cocreation_attachments where proposal_id = ?",
                    row -> row.getLong(1), proposal.id()).orElse(0L);
            if (count >= MAX_FILES) {
                throw new IllegalStateException("A proposal carries at most " + MAX_FILES + " files.");
            }
            return tx.insert("insert into cocreation_attachments (proposal_id, name, media_type, size, sha256, "
                    + "content, at, actor) values (?, ?, ?, ?, ?, ?, ?, ?)", proposal.id(), checked,
                    type.mediaType(), content.length, hash, content, Timestamp.from(now), actor);
        });
        return new Attachment(id, checked, type.mediaType(), content.length, hash, now);
    }

    /** The proposal's files, oldest first. */
    public List<Attachment> list(long proposal) throws SQLException {
        return jdbc.query("select id, name, media_type, size, sha256, at from cocreation_attachments where "
                + "proposal_id = ? order by id", row -> new Attachment(row.getLong(1), row.getString(2),
                        row.getString(3), row.getInt(4), row.getString(5), row.getTimestamp(6).toInstant()), proposal);
    }

    /** One file of the proposal with its content. */
    public Optional<File> file(long proposal, long id) throws SQLException {
        return jdbc.first("select id, name, media_type, size, sha256, at, content from cocreation_attachments "
                + "where proposal_id = ? and id = ?", row -> new File(new Attachment(row.getLong(1), row.getString(2),
                        row.getString(3), row.getInt(4), row.getString(5), row.getTimestamp(6).toInstant()),
                        row.getBytes(7)), proposal, id);
    }

    /** Removes a file while the proposal can be changed. */
    public void remove(Proposal proposal, long id) throws SQLException {
        editable(proposal);
        if (jdbc.update("delete from cocreation_attachments where proposal_id = ? and id = ?", proposal.id(),
                id) != 1) {
            throw new IllegalArgumentException("The proposal has no file " + id + ".");
        }
    }

    private static void editable(Proposal proposal) {
        if (proposal.state() != State.DRAFT && proposal.state() != State.SUBMITTED
                && proposal.state() != State.ELIGIBILITY_CHECK) {
            throw new IllegalStateException("Files are attached and removed until the eligibility check is done; "
                    + "this proposal is " + proposal.state().id() + ".");
        }
    }
}
