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
}
