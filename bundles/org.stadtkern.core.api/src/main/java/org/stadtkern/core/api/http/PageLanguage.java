package org.stadtkern.core.api.http;

import java.util.Enumeration;
import java.util.Locale;

import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

/**
 * The language of a page for people: German, unless the first of German and English in the
 * caller's {@code Accept-Language} preference is English. One language per answer, never mixed.
 */
public enum PageLanguage {
    GERMAN("de"), ENGLISH("en");

    private final String tag;

    PageLanguage(String tag) {
        this.tag = tag;
    }

    /** The BCP 47 tag, for {@code <html lang>} and {@code Content-Language}. */
    public String tag() {
        return tag;
    }

    /** The German or the English text, as this language is. */
    public String pick(String german, String english) {
        return this == ENGLISH ? english : german;
    }

    /**
     * The language for this request. Without an {@code Accept-Language} header German (the servlet
     * API would give the server's own locale).
     */
    public static PageLanguage of(HttpServletRequest request) {
        String header = request.getHeader("Accept-Language");
        return header == null || header.isBlank() ? GERMAN : of(request.getLocales());
    }

    /** The language for these preferred locales, most preferred first. */
    public static PageLanguage of(Enumeration<Locale> preferred) {
        while (preferred.hasMoreElements()) {
            String language = preferred.nextElement().getLanguage();
            if ("de".equals(language) || "en".equals(language)) {
                return "en".equals(language) ? ENGLISH : GERMAN;
            }
        }
        return GERMAN;
    }

    /** Names the answer's language and tells caches that it depends on {@code Accept-Language}. */
    public void describe(HttpServletResponse response) {
        response.setHeader("Content-Language", tag);
        response.setHeader("Vary", "Accept-Language");
    }
}
