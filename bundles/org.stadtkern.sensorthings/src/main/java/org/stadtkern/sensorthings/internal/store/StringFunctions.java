package org.stadtkern.sensorthings.internal.store;

import java.math.BigDecimal;

import org.stadtkern.sensorthings.internal.query.QueryException;

/** The string functions of $filter. Any argument that is not a string gives {@code null}. */
final class StringFunctions {

    private StringFunctions() {
    }

    static Object call(String function, Object[] args) throws QueryException {
        for (Object arg : args) {
            if (arg == null) {
                return null;
            }
        }
        return switch (function) {
            case "substringof" -> text(args[1]).contains(text(args[0]));
            case "contains" -> text(args[0]).contains(text(args[1]));
            case "startswith" -> text(args[0]).startsWith(text(args[1]));
            case "endswith" -> text(args[0]).endsWith(text(args[1]));
            case "length" -> BigDecimal.valueOf(text(args[0]).length());
            case "indexof" -> BigDecimal.valueOf(text(args[0]).indexOf(text(args[1])));
            case "substring" -> substring(text(args[0]), args);
            case "tolower" -> text(args[0]).toLowerCase(java.util.Locale.ROOT);
            case "toupper" -> text(args[0]).toUpperCase(java.util.Locale.ROOT);
            case "trim" -> text(args[0]).trim();
            case "concat" -> text(args[0]) + text(args[1]);
            default -> throw new QueryException("Unknown function " + function + ".");
        };
    }

    private static String substring(String text, Object[] args) throws QueryException {
        int start = Math.max(0, Math.min(integer(args[1]), text.length()));
        if (args.length == 2) {
            return text.substring(start);
        }
        int length = Math.max(0, integer(args[2]));
        return text.substring(start, Math.min(text.length(), start + length));
    }

    private static String text(Object value) throws QueryException {
        if (value instanceof String text) {
            return text;
        }
        if (value instanceof BigDecimal number) {
            return number.toPlainString();
        }
        throw new QueryException("A string function got " + value + ", which is not a string.");
    }

    private static int integer(Object value) throws QueryException {
        BigDecimal number = Values.number(value);
        if (number == null) {
            throw new QueryException("substring expects integer positions.");
        }
        return number.intValue();
    }
}
