package org.stadtkern.cocreation.internal.fund;

import java.math.BigDecimal;

/** Amounts of money in euros: at most two decimals, not negative, below a billion. */
public final class Amounts {

    private static final BigDecimal LIMIT = new BigDecimal("1000000000");

    private Amounts() {
    }

    /**
     * The amount, checked.
     *
     * @param what the field's name for the message
     * @throws IllegalArgumentException naming the field when the amount is missing or not an amount in euros
     */
    public static BigDecimal checked(String what, BigDecimal amount) {
        if (amount == null) {
            throw new IllegalArgumentException(what + " is required.");
        }
        if (amount.signum() < 0 || amount.compareTo(LIMIT) >= 0 || amount.stripTrailingZeros().scale() > 2) {
            throw new IllegalArgumentException(what + " must be an amount in euros from 0 to 999999999.99, "
                    + "with at most two decimals.");
        }
        return amount.setScale(2);
    }

    /** A text of at most {@code max} characters, or {@code null}; blank is {@code null}. */
    public static String text(String what, String value, int max) {
        if (value == null || value.isBlank()) {
            return null;
        }
        if (value.length() > max) {
            throw new IllegalArgumentException(what + " takes at most " + max + " characters.");
        }
        return value.strip();
    }
}
