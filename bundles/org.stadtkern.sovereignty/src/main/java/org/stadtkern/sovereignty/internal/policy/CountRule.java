package org.stadtkern.sovereignty.internal.policy;

import java.util.OptionalLong;

/**
 * How counts of a dataset may be published, after the practice of German official statistics:
 * unchanged, suppressed below k, or rounded to a multiple of a base.
 *
 * @param kind none, suppress or round
 * @param parameter k for suppress, the base for round
 */
public record CountRule(Kind kind, int parameter) {

    /** The kinds of rule. */
    public enum Kind { NONE, SUPPRESS, ROUND }

    public CountRule {
        if (kind != Kind.NONE && parameter < 1) {
            throw new IllegalArgumentException("A count rule needs k or base of at least 1, not " + parameter + ".");
        }
    }

    /** The count as it may be shown, or empty when it is suppressed. */
    public OptionalLong apply(long count) {
        return switch (kind) {
            case NONE -> OptionalLong.of(count);
            case SUPPRESS -> count < parameter ? OptionalLong.empty() : OptionalLong.of(count);
            case ROUND -> OptionalLong.of(Math.round((double) count / parameter) * parameter);
        };
    }

    @Override
    public String toString() {
        return switch (kind) {
            case NONE -> "none";
            case SUPPRESS -> "suppress below " + parameter;
            case ROUND -> "round to " + parameter;
        };
    }
}
