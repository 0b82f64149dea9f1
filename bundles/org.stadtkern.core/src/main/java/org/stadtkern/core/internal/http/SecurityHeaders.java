package org.stadtkern.core.internal.http;

import java.io.IOException;

import javax.servlet.Filter;
import javax.servlet.FilterChain;
import javax.servlet.ServletException;
import javax.servlet.ServletRequest;
import javax.servlet.ServletResponse;
import javax.servlet.http.HttpServletResponse;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.http.whiteboard.propertytypes.HttpWhiteboardFilterName;
import org.osgi.service.http.whiteboard.propertytypes.HttpWhiteboardFilterPattern;

/**
 * The browser's protections on every answer of the runtime, pages and APIs alike: content types are
 * not guessed, no other site may frame a page or learn where its visitors came from, and a page loads
 * scripts, styles and data only from the runtime itself, and no inline script runs (an injected
 * {@code <script>} or event handler stays text). Inline styles are still allowed: the generated
 * pages carry theirs.
 */
@Component(service = Filter.class)
@HttpWhiteboardFilterName("stadtkern-security-headers")
@HttpWhiteboardFilterPattern("/*")
public final class SecurityHeaders implements Filter {

    static final String POLICY = "default-src 'self'; script-src 'self'; "
            + "style-src 'self' 'unsafe-inline'; img-src 'self' data:; object-src 'none'; base-uri 'none'; "
            + "form-action 'self'; frame-ancestors 'none'";

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (response instanceof HttpServletResponse http) {
            http.setHeader("X-Content-Type-Options", "nosniff");
            http.setHeader("X-Frame-Options", "DENY");
            http.setHeader("Referrer-Policy", "no-referrer");
            http.setHeader("Content-Security-Policy", POLICY);
        }
        chain.doFilter(request, response);
    }
}
