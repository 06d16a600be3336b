package org.fazhi.web.internal;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import org.fazhi.organization.FazhiUser;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * A user whose password was handed out (first start, administrator's reset) or is older than the password policy
 * allows may do nothing but change it: pages go to the password form, API calls are refused with 403 naming the way
 * out ({@code POST /api/v1/account/password}).
 */
class PasswordChangeFilter extends OncePerRequestFilter {

    private static final List<String> ALLOWED = List.of("/account/password", "/api/v1/account/password", "/logout",
            "/login", "/error", "/webjars/", "/css/", "/js/", "/img/", "/favicon.ico", "/lang");

    private final ErrorResponder responder;

    PasswordChangeFilter(ErrorResponder responder) {
        this.responder = responder;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest rq, HttpServletResponse rs, FilterChain chain)
            throws ServletException, IOException {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth != null && auth.getPrincipal() instanceof FazhiUser user && user.passwordChangeRequired()
                && !allowed(rq)) {
            String path = rq.getRequestURI().substring(rq.getContextPath().length());
            if (path.startsWith("/api/")) {
                responder.writeProblem(rq, rs, HttpStatus.FORBIDDEN, responder.message("error.passwordChangeRequired"),
                        List.of());
            } else if (SecurityConfig.isHtmx(rq)) {
                rs.setHeader("HX-Redirect", rq.getContextPath() + "/account/password?required");
                rs.setStatus(HttpStatus.FORBIDDEN.value());
            } else {
                rs.sendRedirect(rq.getContextPath() + "/account/password?required");
            }
            return;
        }
        chain.doFilter(rq, rs);
    }

    private static boolean allowed(HttpServletRequest rq) {
        String path = rq.getRequestURI().substring(rq.getContextPath().length());
        return ALLOWED.stream().anyMatch(a -> a.endsWith("/") ? path.startsWith(a) : path.equals(a));
    }
}
