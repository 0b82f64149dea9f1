package org.stadtkern.cocreation.internal.fund;

import java.math.BigDecimal;

/**
 * The funder's decision on a proposal in funder review, as the fund's staff records it.
 *
 * @param approved whether it is funded
 * @param amount the approved amount (at most the request and the cap); {@code null} when rejected
 * @param conditions conditions of the funding, or the reason for a rejection
 */
public record Decision(boolean approved, BigDecimal amount, String conditions) {

    public Decision {
        amount = amount == null ? null : Amounts.checked("amount", amount);
        conditions = Amounts.text("conditions", conditions, 4000);
        if (approved && (amount == null || amount.signum() <= 0)) {
            throw new IllegalArgumentException("An approval needs the amount approved.");
        }
        if (!approved && conditions == null) {
            throw new IllegalArgumentException("A rejection needs its reason in conditions.");
        }
    }
}
