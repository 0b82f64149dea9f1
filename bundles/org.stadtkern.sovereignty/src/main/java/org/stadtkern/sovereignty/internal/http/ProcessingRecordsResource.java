package org.stadtkern.sovereignty.internal.http;

import javax.servlet.Servlet;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.http.whiteboard.propertytypes.HttpWhiteboardServletName;
import org.osgi.service.http.whiteboard.propertytypes.HttpWhiteboardServletPattern;
import org.stadtkern.core.api.access.AccessControl;
import org.stadtkern.core.api.access.Role;
import org.stadtkern.core.api.http.Call;
import org.stadtkern.core.api.http.PageLanguage;
import org.stadtkern.core.api.http.Representation;
import org.stadtkern.core.api.http.Resource;
import org.stadtkern.sovereignty.internal.Settings;
import org.stadtkern.sovereignty.internal.export.ProcessingRecords;
import org.stadtkern.sovereignty.internal.export.ProcessingRecordsPage;
import org.stadtkern.sovereignty.internal.policy.Policies;

/**
 * The record of processing activities (GDPR Art. 30) of the caller's tenant, for data owners and
 * administrators: {@code GET /sovereignty/api/processing-records} as JSON,
 * {@code GET /sovereignty/processing-records} as a printable page (German, English by {@code Accept-Language}).
 */
@Component(service = Servlet.class)
@HttpWhiteboardServletName("stadtkern-sovereignty-processing-records")
@HttpWhiteboardServletPattern({"/sovereignty/api/processing-records", "/sovereignty/processing-records"})
public final class ProcessingRecordsResource extends Resource {

    private static final long serialVersionUID = 1L;

    private final transient Policies policies;
    private final transient Settings settings;

    @Activate
    public ProcessingRecordsResource(@Reference AccessControl access, @Reference Policies policies,
            @Reference Settings settings) {
        super(access);
        this.policies = policies;
        this.settings = settings;
        handle("GET", "", Role.DATA_OWNER, this::records);
    }

    private Object records(Call call) {
        ProcessingRecords.Document document = ProcessingRecords.of(call.caller().tenant(), policies.all(),
                settings.controller(), settings.dataProtectionOfficer());
        if (call.request().getServletPath().startsWith("/sovereignty/api/")) {
            return document;
        }
        PageLanguage language = PageLanguage.of(call.request());
        language.describe(call.response());
        return new Representation("text/html", ProcessingRecordsPage.html(document, language));
    }
}
