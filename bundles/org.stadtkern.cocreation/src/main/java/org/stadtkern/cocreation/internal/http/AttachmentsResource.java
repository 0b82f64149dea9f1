package org.stadtkern.cocreation.internal.http;

import java.io.IOException;
import java.io.InputStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.sql.SQLException;

import javax.servlet.Servlet;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.http.whiteboard.propertytypes.HttpWhiteboardServletName;
import org.osgi.service.http.whiteboard.propertytypes.HttpWhiteboardServletPattern;
import org.stadtkern.cocreation.internal.CocreationMeasure;
import org.stadtkern.cocreation.internal.fund.Proposal;
import org.stadtkern.cocreation.internal.store.Attachments;
import org.stadtkern.cocreation.internal.store.Calls;
import org.stadtkern.cocreation.internal.store.Proposals;
import org.stadtkern.cocreation.internal.store.Reviews;
import org.stadtkern.core.api.access.AccessControl;
import org.stadtkern.core.api.access.DatasetRef;
import org.stadtkern.core.api.http.ApiServlet;
import org.stadtkern.core.api.http.Call;
import org.stadtkern.core.api.http.Problem;

/**
 * {@code /api/cocreation/attachments/{proposal}}: the files of a proposal. Its applicant (token) and the
 * fund's staff attach ({@code POST}, the file as the body with its Content-Type and the header
 * {@code X-File-Name}) and remove them while the proposal can be changed; they and the jury members
 * assigned the proposal list and download them. Everyone else gets 404.
 */
@Component(service = Servlet.class)
@HttpWhiteboardServletName("stadtkern-cocreation-attachments")
@HttpWhiteboardServletPattern("/api/cocreation/attachments/*")
public final class AttachmentsResource extends FundResource {

    /** The header that names an uploaded file. */
    static final String FILE_NAME = "X-File-Name";

    private static final long serialVersionUID = 1L;

    private final transient AccessControl access;
    private final transient Attachments attachments;
    private final transient Readers readers;

    @Activate
    public AttachmentsResource(@Reference AccessControl access, @Reference Calls calls,
            @Reference Proposals proposals, @Reference Reviews reviews, @Reference Attachments attachments) {
        super(access, calls, proposals);
        this.access = access;
        this.attachments = attachments;
        this.readers = new Readers(access, proposals, reviews);
        route("POST", "/{id}", null, this::attach);
        route("GET", "/{id}", null, call -> attachments.list(readable(call).id()));
        route("GET", "/{id}/{file}", null, this::download);
        route("DELETE", "/{id}/{file}", null, this::remove);
    }

    private Object attach(Call call) throws Problem, IOException, SQLException {
        Proposal proposal = changeable(call);
        String name = call.request().getHeader(FILE_NAME);
        byte[] content;
        try (InputStream in = call.request().getInputStream()) {
            content = in.readNBytes(Attachments.MAX_BYTES + 1);
            if (content.length > Attachments.MAX_BYTES) {
                ApiServlet.discard(in);
                throw Problem.payloadTooLarge(Attachments.MAX_BYTES);
            }
        }
        String type = call.request().getContentType() == null ? "" : call.request().getContentType().split(";")[0]
                .strip();
        call.status(201);
        return attachments.add(proposal, name, type, content, actor(call));
    }

    private Object download(Call call) throws Problem, IOException, SQLException {
        Proposal proposal = readable(call);
        Attachments.File file = attachments.file(proposal.id(), call.number("file")).orElseThrow(
                () -> Problem.notFound("No such file."));
        call.response().setContentType(file.attachment().mediaType());
        call.response().setHeader("Content-Disposition", "attachment; filename*=UTF-8''"
                + URLEncoder.encode(file.attachment().name(), StandardCharsets.UTF_8).replace("+", "%20"));
        call.response().setHeader("Cache-Control", "no-store");
        call.response().setContentLength(file.content().length);
        call.response().getOutputStream().write(file.content());
        return WRITTEN;
    }

    private Object remove(Call call) throws Problem, SQLException {
        Proposal proposal = changeable(call);
        attachments.remove(proposal, call.number("file"));
        call.status(204);
        return WRITTEN;
    }

    /** The proposal for its readers (the read audited); 404 for everyone else. */
    private Proposal readable(Call call) throws Problem, SQLException {
        Proposal proposal = proposal(tenant(call), call);
        Readers.Kind reader = readers.of(call, tenant(call), proposal);
        if (reader != Readers.Kind.APPLICANT) {
            access.recordRead(call.caller(), new DatasetRef(tenant(call), CocreationMeasure.REVIEWS),
                    "files of proposal " + proposal.id());
        }
        return proposal;
    }

    /** The proposal for its applicant and the fund's staff; 404 for everyone else. */
    private Proposal changeable(Call call) throws Problem, SQLException {
        Proposal proposal = proposal(tenant(call), call);
        if (!staffOrApplicant(call, proposal)) {
            throw Problem.notFound("No such proposal.");
        }
        return proposal;
    }

    private static String actor(Call call) {
        return call.caller().isAnonymous() ? "applicant" : call.caller().name();
    }
}
