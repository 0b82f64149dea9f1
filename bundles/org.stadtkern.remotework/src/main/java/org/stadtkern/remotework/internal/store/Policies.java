package org.stadtkern.remotework.internal.store;

import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.metatype.annotations.Designate;
import org.stadtkern.remotework.internal.RemoteworkConfig;
import org.stadtkern.remotework.internal.booking.Rules;
import org.stadtkern.remotework.internal.site.OpeningHours;
import org.stadtkern.remotework.internal.site.Site;

/** The measure's configuration as the rules of each site: a site's own policy, else the defaults. */
@Component(service = Policies.class, configurationPid = "org.stadtkern.remotework")
@Designate(ocd = RemoteworkConfig.class)
public final class Policies {

    /** The time zone of opening hours, days and profiles. */
    public static final ZoneId ZONE = ZoneId.of("Europe/Berlin");

    private volatile RemoteworkConfig config;

    @Activate
    public Policies(RemoteworkConfig config) {
        this.config = config;
    }

    @Modified
    void modified(RemoteworkConfig changed) {
        this.config = changed;
    }

    /** The rules of the site. */
    public Rules rules(Site site) {
        RemoteworkConfig defaults = config;
        Site.Policy policy = site.policy() == null ? new Site.Policy(null, null, null, null) : site.policy();
        return new Rules(or(policy.maxMinutes(), defaults.max_minutes()), or(policy.maxUpcoming(),
                defaults.max_upcoming()), or(policy.daysAhead(), defaults.days_ahead()), or(policy.graceMinutes(),
                defaults.grace_minutes()), hours(site), ZONE);
    }

    /** The site's opening hours. */
    public static OpeningHours hours(Site site) {
        return OpeningHours.of(site.openingHours() == null ? Map.of() : site.openingHours(),
                site.holidays() == null ? List.of() : site.holidays());
    }

    /** The configuration now. */
    public RemoteworkConfig config() {
        return config;
    }

    /** The tenant of anonymous visitors. */
    public String publicTenant(String runtimeDefault) {
        String tenant = config.public_tenant();
        return tenant == null || tenant.isBlank() ? runtimeDefault : tenant.strip();
    }

    private static int or(Integer value, int fallback) {
        return value == null ? fallback : value;
    }
}
