package org.stadtkern.cocreation.internal.fund;

import java.math.BigDecimal;

/**
 * A criterion of a call: an eligibility criterion is passed or failed, a scoring criterion is scored
 * by the jury on the call's scale and counts with its weight.
 *
 * @param id assigned by the database
 * @param eligibility {@code true} for pass/fail, {@code false} for a scored criterion
 * @param name what is judged
 * @param weight how much a scored criterion counts (positive); {@code null} for eligibility
 */
public record Criterion(long id, boolean eligibility, String name, BigDecimal weight) {
}
