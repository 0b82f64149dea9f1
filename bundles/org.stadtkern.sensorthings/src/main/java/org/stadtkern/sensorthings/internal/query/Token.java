package org.stadtkern.sensorthings.internal.query;

/** A token of a $filter or $orderby expression. */
record Token(Kind kind, String text, Object value, int position) {

    enum Kind { NAME, NUMBER, STRING, TIME, INTERVAL, DURATION, GEO, OPEN, CLOSE, COMMA, SLASH, MINUS, END }

    boolean is(Kind expected) {
        return kind == expected;
    }

    boolean isWord(String word) {
        return kind == Kind.NAME && text.equals(word);
    }
}
