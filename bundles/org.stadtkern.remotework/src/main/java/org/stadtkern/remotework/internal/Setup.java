package org.stadtkern.remotework.internal;

import java.io.IOException;
import java.io.InputStream;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.stadtkern.core.api.Tenancy;
import org.stadtkern.core.api.measure.Json;
import org.stadtkern.remotework.api.SiteSetup;
import org.stadtkern.remotework.internal.site.Site;
import org.stadtkern.remotework.internal.site.Space;
import org.stadtkern.remotework.internal.store.Policies;
import org.stadtkern.remotework.internal.store.Sites;

/** {@link SiteSetup} for the public tenant, through the same checks as the HTTP API. */
@Component(service = SiteSetup.class)
public final class Setup implements SiteSetup {

    /** The document {@link #putSites} reads. */
    record Document(List<Entry> sites) {
    }

    /** One site with its spaces by id. */
    record Entry(String id, Site site, Map<String, Space> spaces) {
    }

    private final Sites sites;
    private final String tenant;

    @Activate
    public Setup(@Reference Sites sites, @Reference Policies policies, @Reference Tenancy tenancy) {
        this.sites = sites;
        this.tenant = policies.publicTenant(tenancy.defaultTenant());
    }

    @Override
    public boolean hasSite(String site) throws IOException {
        try {
            return sites.find(tenant, site).isPresent();
        } catch (SQLException e) {
            throw new IOException(e);
        }
    }

    @Override
    public void putSites(InputStream json) throws IOException {
        Document document = Json.bind(json.readAllBytes(), Json.strictReader(Document.class));
        try {
            for (Entry entry : document.sites()) {
                sites.put(tenant, entry.id(), entry.site());
                var site = sites.find(tenant, entry.id()).orElseThrow();
                for (Map.Entry<String, Space> space : entry.spaces().entrySet()) {
                    sites.put(tenant, site, space.getKey(), space.getValue());
                }
            }
        } catch (SQLException e) {
            throw new IOException(e);
        }
    }
}
