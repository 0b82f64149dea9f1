package org.stadtkern.sensorthings.internal.query;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.stadtkern.sensorthings.internal.query.Token.Kind;

/** Splits an expression into tokens: names, numbers, quoted strings, times, durations and geometries. */
final class Lexer {

    /** A date or date-time; a space before the offset stands for a '+' that URL decoding turned into one. */
    private static final Pattern TIME = Pattern.compile(
            "\\d{4}-\\d{2}-\\d{2}(T\\d{2}:\\d{2}(:\\d{2}(\\.\\d{1,9})?)?(Z|[+ -]\\d{2}:\\d{2}))?");
    private static final Pattern NUMBER = Pattern.compile("\\d+(\\.\\d+)?([eE][+-]?\\d{1,3})?");
    private static final Pattern NAME = Pattern.compile("[A-Za-z_@$][A-Za-z0-9_.@$]*");
    private static final int MAX_LENGTH = 65_536;

    private final String text;
    private int position;

    private Lexer(String text) {
        this.text = text;
    }

    static List<Token> tokens(String text) throws QueryException {
        if (text.length() > MAX_LENGTH) {
            throw new QueryException("The expression is longer than " + MAX_LENGTH + " characters.");
        }
        Lexer lexer = new Lexer(text);
        List<Token> tokens = new ArrayList<>();
        Token token;
        do {
            token = lexer.next();
            tokens.add(token);
        } while (!token.is(Kind.END));
        return tokens;
    }

    private Token next() throws QueryException {
        while (position < text.length() && Character.isWhitespace(text.charAt(position))) {
            position++;
        }
        int start = position;
        if (position == text.length()) {
            return new Token(Kind.END, "", null, start);
        }
        char c = text.charAt(position);
        switch (c) {
            case '(' -> {
                return single(Kind.OPEN);
            }
            case ')' -> {
                return single(Kind.CLOSE);
            }
            case ',' -> {
                return single(Kind.COMMA);
            }
            case '/' -> {
                return single(Kind.SLASH);
            }
            case '-' -> {
                return single(Kind.MINUS);
            }
            case '\'' -> {
                String value = quoted();
                return new Token(Kind.STRING, text.substring(start, position), value, start);
            }
            default -> {
                if (c >= '0' && c <= '9') {
                    return numberOrTime();
                }
                return name();
            }
        }
    }

    private Token single(Kind kind) {
        return new Token(kind, String.valueOf(text.charAt(position)), null, position++);
    }

    private String quoted() throws QueryException {
        int start = position;
        StringBuilder value = new StringBuilder();
        position++;
        while (true) {
            if (position >= text.length()) {
                throw new QueryException("Unterminated string starting at position " + start + ".");
            }
            char c = text.charAt(position++);
            if (c == '\'') {
                if (position < text.length() && text.charAt(position) == '\'') {
                    value.append('\'');
                    position++;
                } else {
                    return value.toString();
                }
            } else {
                value.append(c);
            }
        }
    }

    private Token numberOrTime() throws QueryException {
        int start = position;
        Matcher time = TIME.matcher(text).region(position, text.length());
        if (time.lookingAt()) {
            String first = fixOffset(time.group());
            position = time.end();
            if (position < text.length() && text.charAt(position) == '/') {
                Matcher second = TIME.matcher(text).region(position + 1, text.length());
                if (second.lookingAt()) {
                    position = second.end();
                    String interval = first + "/" + fixOffset(second.group());
                    return new Token(Kind.INTERVAL, interval, Times.interval(interval), start);
                }
            }
            return new Token(Kind.TIME, first, Times.instant(first), start);
        }
        Matcher number = NUMBER.matcher(text).region(position, text.length());
        number.lookingAt();
        position = number.end();
        return new Token(Kind.NUMBER, number.group(), new BigDecimal(number.group()), start);
    }

    private static String fixOffset(String time) {
        int space = time.indexOf(' ');
        return space < 0 ? time : time.substring(0, space) + "+" + time.substring(space + 1);
    }

    private Token name() throws QueryException {
        int start = position;
        Matcher name = NAME.matcher(text).region(position, text.length());
        if (!name.lookingAt()) {
            throw new QueryException("Unexpected character '" + text.charAt(position) + "' at position "
                    + position + ".");
        }
        position = name.end();
        String word = name.group();
        if (position < text.length() && text.charAt(position) == '\'') {
            String literal = quoted();
            return switch (word) {
                case "duration" -> new Token(Kind.DURATION, literal, Times.duration(literal), start);
                case "geography", "geometry" -> new Token(Kind.GEO, literal, new GeoLiteral(literal), start);
                default -> throw new QueryException("Unknown literal type '" + word + "'.");
            };
        }
        return new Token(Kind.NAME, word, null, start);
    }
}
