package org.paperkg.publish;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * A Content-Security-Policy for every response: pages from this server may load scripts, styles, fonts
 * and data only from this server. The query editor (YASGUI) would otherwise fetch a list of popular
 * prefixes from an outside service each time the page opens; the browser now refuses that call, so the
 * page makes no request to any other host (the editor works without the list).
 */
final class PagePolicyFilter implements Filter {

    static final String POLICY = "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline';"
            + " img-src 'self' data:; font-src 'self' data:; connect-src 'self'; frame-ancestors 'self'";

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain) throws IOException, ServletException {
        if (response instanceof HttpServletResponse http) {
            http.setHeader("Content-Security-Policy", POLICY);
            http.setHeader("X-Content-Type-Options", "nosniff");
        }
        chain.doFilter(request, response);
    }
}
