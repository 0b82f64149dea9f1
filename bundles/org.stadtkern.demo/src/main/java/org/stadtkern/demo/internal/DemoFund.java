package org.stadtkern.demo.internal;

import java.io.IOException;
import java.io.InputStream;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.stadtkern.cocreation.api.FundSetup;

/**
 * The demo city's first round of the co-creation fund, present with the fund: 15 proposals from
 * invented applicants, 2 of them not eligible, a jury of five with declared conflicts of interest,
 * 9 approved within the fund of 300,000 EUR and in implementation since 1 September 2026, each with
 * its advance paid. Played once, through the fund's own rules, when the call is not there yet; kept
 * across restarts and reinstalls.
 */
@Component(immediate = true)
public final class DemoFund {

    /** The name of the demo round's call, as in demo/cocreation-round-2026.json. */
    static final String CALL = "Smart-City-Fonds 2026";

    private static final Logger LOG = LoggerFactory.getLogger(DemoFund.class);

    @Activate
    public DemoFund(@Reference FundSetup fund) {
        try {
            if (!fund.hasCall(CALL)) {
                try (InputStream round = DemoFund.class.getResourceAsStream("/demo/cocreation-round-2026.json")) {
                    fund.playRound(round);
                }
                LOG.info("The demo city's round '{}' of the co-creation fund is set up", CALL);
            }
        } catch (IOException | RuntimeException e) {
            LOG.warn("The demo city's round of the co-creation fund could not be set up", e);
        }
    }
}
