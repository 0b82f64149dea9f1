package org.stadtkern.sovereignty.internal.http;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import javax.servlet.Servlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.http.whiteboard.propertytypes.HttpWhiteboardServletName;
import org.osgi.service.http.whiteboard.propertytypes.HttpWhiteboardServletPattern;
import org.stadtkern.core.api.Tenancy;
import org.stadtkern.core.api.access.AccessControl;
import org.stadtkern.core.api.access.Caller;
import org.stadtkern.core.api.access.Classification;
import org.stadtkern.core.api.access.DatasetRef;
import org.stadtkern.core.api.http.ApiServlet;
import org.stadtkern.core.api.http.Callers;
import org.stadtkern.core.api.http.Problem;
import org.stadtkern.core.api.http.Representation;
import org.stadtkern.sovereignty.internal.export.OdrlPolicy;
import org.stadtkern.sovereignty.internal.policy.DatasetPolicy;
import org.stadtkern.sovereignty.internal.policy.Policies;

/**
 * Dataset policies for people and machines: {@code GET /sovereignty/api/datasets} lists the
 * policies the caller may see, {@code .../datasets/{name}} shows one, {@code .../datasets/{name}/odrl}
 * gives it as ODRL 2.2 JSON-LD. Open datasets' policies are public (parameter {@code tenant} for
 * another municipality's); internal and personal ones only for their tenant's users, and for
 * everyone else they do not exist (404).
 */
@Component(service = Servlet.class)
@HttpWhiteboardServletName("stadtkern-sovereignty-datasets")
@HttpWhiteboardServletPattern({"/sovereignty/api/datasets", "/sovereignty/api/datasets/*"})
public final class DatasetPolicyResource extends ApiServlet {

    private static final long serialVersionUID = 1L;

    private final transient AccessControl access;
    private final transient Policies policies;
    private final transient String defaultTenant;

    @Activate
    public DatasetPolicyResource(@Reference AccessControl access, @Reference Policies policies,
            @Reference Tenancy tenancy) {
        this.access = access;
        this.policies = policies;
        this.defaultTenant = tenancy.defaultTenant();
    }

    @Override
    protected Object get(HttpServletRequest request, HttpServletResponse response) throws Problem {
        Caller caller = Callers.of(access, request);
        String path = request.getPathInfo() == null ? "" : request.getPathInfo();
        if (path.isEmpty() || path.equals("/")) {
            return policies.all().stream().filter(p -> visible(caller, p)).map(p -> summary(request, p)).toList();
        }
        String[] parts = path.substring(1).split("/", -1);
        if (parts.length > 2 || (parts.length == 2 && !parts[1].equals("odrl"))) {
            throw Problem.notFound("No such resource; see /sovereignty/api/datasets/{name} and .../{name}/odrl.");
        }
        String tenant = request.getParameter("tenant") != null ? request.getParameter("tenant")
                : caller.isAnonymous() ? defaultTenant : caller.tenant();
        Optional<DatasetPolicy> found = policies.of(new DatasetRef(tenant, parts[0])).filter(p -> visible(caller, p));
        DatasetPolicy policy = found.orElseThrow(() -> Problem.notFound("No dataset '" + parts[0]
                + "' you may see."));
        if (parts.length == 1) {
            return summary(request, policy);
        }
        String base = Callers.baseUrl(request);
        return new Representation(OdrlPolicy.MEDIA_TYPE, OdrlPolicy.of(policy, base + odrlPath(policy),
                target(base, policy), policy.owner().isBlank() ? null
                        : "urn:stadtkern:user:" + policy.dataset().tenant() + ":" + policy.owner()).toString());
    }

    private static boolean visible(Caller caller, DatasetPolicy policy) {
        return policy.classification() == Classification.OPEN
                || (!caller.isAnonymous() && policy.dataset().tenant().equals(caller.tenant()));
    }

    private String odrlPath(DatasetPolicy policy) {
        return "/sovereignty/api/datasets/" + policy.dataset().name() + "/odrl" + tenantParameter(policy);
    }

    private String tenantParameter(DatasetPolicy policy) {
        return policy.dataset().tenant().equals(defaultTenant) ? "" : "?tenant=" + policy.dataset().tenant();
    }

    /** The dataset as the catalog names it. */
    private String target(String base, DatasetPolicy policy) {
        return base + "/catalog/datasets/" + policy.dataset().name() + tenantParameter(policy);
    }

    private Map<String, Object> summary(HttpServletRequest request, DatasetPolicy policy) {
        Map<String, Object> summary = new LinkedHashMap<>();
        summary.put("dataset", policy.dataset().name());
        summary.put("tenant", policy.dataset().tenant());
        summary.put("classification", policy.classification().name().toLowerCase(java.util.Locale.ROOT));
        summary.put("license", policy.license());
        summary.put("purposes", policy.purposes());
        summary.put("legalBasis", policy.legalBasis());
        summary.put("retention", policy.retention() == null ? null : Map.of("period", policy.retention().text(),
                "action", policy.aggregate() ? "aggregate" : "delete", "resolution", policy.resolution().toString()));
        summary.put("countRule", policy.countRule().toString());
        summary.put("owner", policy.owner());
        summary.put("odrl", Callers.baseUrl(request) + odrlPath(policy));
        return summary;
    }
}
