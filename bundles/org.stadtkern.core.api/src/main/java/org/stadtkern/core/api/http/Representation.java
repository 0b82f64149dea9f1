package org.stadtkern.core.api.http;

/**
 * A response body that is not plain JSON, returned by an {@link ApiServlet} method: written as is
 * with its media type (e.g. {@code application/ld+json}, {@code text/html}).
 *
 * @param mediaType the Content-Type without charset (UTF-8 is added)
 * @param content the body
 */
public record Representation(String mediaType, String content) {
}
