/**
 * JSON over HTTP for Stadtkern APIs: servlets that answer JSON and report every error as
 * {@code application/problem+json} (RFC 9457), never as an HTML page or a stack trace. 2.0: the
 * mapper is no longer a protected field of {@code ApiServlet}; use {@code measure.Json}. 2.1: bodies
 * read straight into records ({@code readJson(request, max, type)}). 2.2: {@code PageLanguage}, German or
 * English pages by {@code Accept-Language}.
 */
@Version("2.3.0")
package org.stadtkern.core.api.http;

import org.osgi.annotation.versioning.Version;
