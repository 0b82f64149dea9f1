package org.stadtkern.sovereignty.internal.http;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import javax.servlet.Servlet;

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
import org.stadtkern.core.api.http.Call;
import org.stadtkern.core.api.http.Problem;
import org.stadtkern.core.api.http.Representation;
import org.stadtkern.core.api.http.Resource;
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
public final class DatasetPolicyResource extends Resource {

    private static final long serialVersionUID = 1L;

    private final transient Policies policies;
    private final transient String defaultTenant;

    @Activate
    public DatasetPolicyResource(@Reference AccessControl access, @Reference Policies policies,
            @Reference Tenancy tenancy) {
        super(access);
        this.policies = policies;
        this.defaultTenant = tenancy.defaultTenant();
        handle("GET", "", null, call -> policies.all().stream().filter(p -> visible(call.caller(), p))
                .map(p -> summary(call.baseUrl(), p)).toList());
        handle("GET", "/{name}", null, call -> summary(call.baseUrl(), policy(call)));
        handle("GET", "/{name}/odrl", null, this::odrl);
    }

    /** The named dataset's policy in the tenant asked for (or the caller's), if the caller may see it. */
    private DatasetPolicy policy(Call call) throws Problem {
        Caller caller = call.caller();
        String name = call.path("name");
        String tenant = call.parameter("tenant") != null ? call.parameter("tenant") : call.tenantOr(defaultTenant);
        Optional<DatasetPolicy> found = policies.of(new DatasetRef(tenant, name)).filter(p -> visible(caller, p));
        return found.orElseThrow(() -> Problem.notFound("No dataset '" + name + "' you may see."));
    }

    private Object odrl(Call call) throws Problem {
        DatasetPolicy policy = policy(call);
        String base = call.baseUrl();
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

    private Map<String, Object> summary(String base, DatasetPolicy policy) {
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
        summary.put("odrl", base + odrlPath(policy));
        return summary;
    }
}
