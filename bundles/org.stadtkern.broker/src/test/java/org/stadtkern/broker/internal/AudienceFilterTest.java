package org.stadtkern.broker.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** The subscription filters: open data for everyone, a tenant's data for its members, quoted safely. */
class AudienceFilterTest {

    @Test
    void nonMembersGetOpenMessagesOnly() {
        assertEquals("stadtkernAudience = 'open'", AudienceFilter.condition(null));
    }

    @Test
    void membersGetOpenMessagesAndTheirTenants() {
        assertEquals("stadtkernAudience IN ('open', 'tenant:oberhausen')", AudienceFilter.condition("oberhausen"));
    }

    @Test
    void aQuoteInATenantNameCannotWidenTheFilter() {
        assertEquals("stadtkernAudience IN ('open', 'tenant:x'' OR 1=1 OR ''y')",
                AudienceFilter.condition("x' OR 1=1 OR 'y"));
    }

    @Test
    void theBrokersOwnFilterStaysWhenTheAudienceConditionChanges() {
        String mqtt = "NOT ((_AMQ_ADDRESS LIKE '$%'))";
        String member = AudienceFilter.condition("oberhausen");
        String limited = AudienceFilter.limited(mqtt, member);
        assertEquals("(" + mqtt + ") AND " + member, limited);
        assertEquals("(" + mqtt + ") AND " + AudienceFilter.condition(null),
                AudienceFilter.limited(limited, AudienceFilter.condition(null)), "roles withdrawn");
        assertEquals(mqtt, AudienceFilter.limited(limited, null), "now an administrator");
        assertEquals(member, AudienceFilter.limited(null, member));
        assertEquals(AudienceFilter.condition(null), AudienceFilter.limited(member, AudienceFilter.condition(null)));
    }
}
