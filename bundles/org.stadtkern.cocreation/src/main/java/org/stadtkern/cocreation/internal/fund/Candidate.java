package org.stadtkern.cocreation.internal.fund;

import java.math.BigDecimal;

/**
 * A proposal as the ranking sees it.
 *
 * @param proposal its id
 * @param title its title
 * @param requested the total of its cost plan
 * @param aggregate its jury aggregate, or {@code null} when no member has scored it yet
 */
public record Candidate(long proposal, String title, BigDecimal requested, Double aggregate) {
}
