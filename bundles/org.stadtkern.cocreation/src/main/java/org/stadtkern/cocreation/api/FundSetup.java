package org.stadtkern.cocreation.api;

import java.io.IOException;
import java.io.InputStream;

import org.osgi.annotation.versioning.ProviderType;

/**
 * Sets up rounds of the co-creation fund of the runtime's open tenant (configuration
 * {@code public.tenant}, by default the runtime's default tenant).
 */
@ProviderType
public interface FundSetup {

    /** Whether the tenant has a call of this name. */
    boolean hasCall(String name) throws IOException;

    /**
     * Runs a round given as JSON through the fund's own rules, as its staff, applicants and jury would:
     * opens the call, submits every proposal, records the eligibility check (rejecting those that fail),
     * appoints the jury, who declare their conflicts and score, approves the proposals the ranking
     * recommends within the fund (the rest are rejected below the funding line), starts their projects
     * and pays the advance. The format is documented in docs/measures/cocreation.md ("A round as data").
     *
     * @throws IllegalArgumentException naming what does not fit (nothing of the round is kept then only
     *         if it failed before the call was opened)
     * @throws IOException when the database fails
     */
    void playRound(InputStream round) throws IOException;
}
