package org.fazhi.web.internal;

import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.Map;
import org.fazhi.organization.FazhiUser;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.DelegatingPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;
import org.springframework.session.security.SpringSessionBackedSessionRegistry;
import org.springframework.security.web.authentication.AnonymousAuthenticationFilter;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.context.RequestAttributeSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextHolderFilter;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.security.web.csrf.CsrfFilter;
import org.springframework.security.web.csrf.HttpSessionCsrfTokenRepository;
import org.springframework.security.web.firewall.HttpFirewall;
import org.springframework.security.web.firewall.RequestRejectedHandler;
import org.springframework.security.web.firewall.StrictHttpFirewall;
import org.springframework.security.web.session.ConcurrentSessionFilter;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * The security filter chains. Public API: no login, no CSRF, rate-limited. Staff API: browser session or HTTP Basic,
 * CSRF skipped only for calls HTTP Basic authenticated, 401 as problem details without a Basic challenge (so browsers
 * never pop a dialog); its documentation for signed-in staff, the public part's for everyone. Pages: form login;
 * htmx requests of an expired session are told to go to the login page. What each endpoint needs is declared on the
 * endpoint ({@code @PreAuthorize}); method security enforces it. Passwords are checked (and logins throttled) by the
 * organisation's login guard, the one authentication provider. Sessions are registered so that a change of an
 * account ends them; a user who must change the password does nothing else first.
 */
@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity
class SecurityConfig {

    static final String CSP = "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; "
            + "img-src 'self' data:; font-src 'self' data:; object-src 'none'; base-uri 'self'; "
            + "frame-ancestors 'self'; form-action 'self'";

    /** Request attribute: HTTP Basic authenticated this request (the only case the staff API skips CSRF for). */
    static final String BASIC_AUTHENTICATED = SecurityConfig.class.getName() + ".basic";

    /** The public part of the API documentation, open to everyone like the public API itself. */
    static final String PUBLIC_API_DOCS = "/v3/api-docs/" + OpenApiConfig.PUBLIC_GROUP;

    private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(SecurityConfig.class);

    /**
     * The firewall of every request: Spring's strict defaults (no {@code ;}, encoded slashes, {@code ..}) and, in
     * addition, no control characters in parameter values (a NUL byte cannot be stored in PostgreSQL text and has
     * no place in a form field; tab and line breaks can).
     */
    @Bean
    HttpFirewall httpFirewall() {
        StrictHttpFirewall firewall = new StrictHttpFirewall();
        firewall.setAllowedParameterValues(v -> v.chars().noneMatch(c -> Character.isISOControl(c)
                && c != '\t' && c != '\n' && c != '\r'));
        return firewall;
    }

    /**
     * A request the firewall refuses is bad input: 400 (problem details, or the error page through the error
     * controller) and the request log's one line, not an exception thrown through the servlet container.
     */
    @Bean
    RequestRejectedHandler requestRejectedHandler(ErrorResponder responder) {
        return (rq, rs, ex) -> {
            // the request log's line ("GET /a;b -> 400") is the one line; the firewall's reason only on demand
            log.debug("request refused by the firewall: {} {}: {}", rq.getMethod(), rq.getRequestURI(),
                    ex.getMessage());
            if (org.fazhi.web.Problems.isApi(rq)) {
                responder.writeProblem(rq, rs, HttpStatus.BAD_REQUEST, responder.message("error.badRequest.url"),
                        List.of());
            } else {
                rs.sendError(HttpStatus.BAD_REQUEST.value());
            }
        };
    }

    /**
     * BCrypt at the work factor of {@code fazhi.security.bcrypt-strength} (10, Spring Security's default, unless
     * configured), behind the {@code {bcrypt}} prefix so that a stored hash names its own algorithm and cost: raising the
     * factor later still accepts every stored hash. The test profile lowers it, because every API call of a test signs
     * in with HTTP Basic and would otherwise spend a tenth of a second in BCrypt.
     */
    @Bean
    PasswordEncoder passwordEncoder(@Value("${fazhi.security.bcrypt-strength:10}") int strength) {
        if (strength < 4 || strength > 31) {
            throw new IllegalStateException("fazhi.security.bcrypt-strength must be between 4 and 31, not " + strength);
        }
        return new DelegatingPasswordEncoder("bcrypt", Map.of("bcrypt", new BCryptPasswordEncoder(strength)));
    }

    /**
     * The signed-in sessions by user, so that a change of an account ends its sessions: read from the sessions table
     * (Spring Session JDBC, indexed by principal name), so a change made on one node ends the sessions on every node.
     */
    @Bean
    <S extends Session> SessionRegistry sessionRegistry(FindByIndexNameSessionRepository<S> sessions) {
        return new SpringSessionBackedSessionRegistry<>(sessions);
    }

    @Bean
    @Order(1)
    SecurityFilterChain publicApi(HttpSecurity http, RateLimitFilter rateLimit) throws Exception {
        http.securityMatcher("/api/public/**")
                .authorizeHttpRequests(a -> a.anyRequest().permitAll())
                .csrf(c -> c.disable())
                .requestCache(c -> c.disable())
                .addFilterBefore(rateLimit, org.springframework.security.web.context.SecurityContextHolderFilter.class)
                .headers(h -> h.contentSecurityPolicy(c -> c.policyDirectives(CSP)));
        return http.build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain staffApi(HttpSecurity http, ErrorResponder responder, SessionRegistry sessions)
            throws Exception {
        AuthenticationEntryPoint unauthorized = (rq, rs, ex) -> responder.writeProblem(rq, rs,
                HttpStatus.UNAUTHORIZED, responder.message("error.unauthorized"), List.of());
        AccessDeniedHandler denied = (rq, rs, ex) -> responder.writeProblem(rq, rs, HttpStatus.FORBIDDEN,
                responder.message("error.forbidden"), List.of());
        // CSRF is checked after HTTP Basic, so that only a call Basic actually authenticated skips it: a browser
        // session with any Authorization header beside it (or Basic credentials that Basic did not need to check,
        // because the session already holds that user) still needs the token.
        CsrfFilter csrf = new CsrfFilter(new HttpSessionCsrfTokenRepository());
        csrf.setRequireCsrfProtectionMatcher(rq -> CsrfFilter.DEFAULT_CSRF_MATCHER.matches(rq)
                && rq.getAttribute(BASIC_AUTHENTICATED) == null);
        csrf.setAccessDeniedHandler(denied);
        http.securityMatcher("/api/**", "/actuator/**", "/v3/api-docs", "/v3/api-docs/**")
                .authorizeHttpRequests(a -> a
                        .requestMatchers("/actuator/health", "/actuator/health/**").permitAll()
                        .requestMatchers(PUBLIC_API_DOCS).permitAll()
                        .requestMatchers("/actuator/**").hasAuthority("SETTINGS_MANAGE")
                        .anyRequest().authenticated())
                .httpBasic(b -> b.authenticationEntryPoint(unauthorized)
                        .securityContextRepository(new BasicAuthenticated()))
                .csrf(c -> c.disable())
                .addFilterAfter(csrf, BasicAuthenticationFilter.class)
                .requestCache(c -> c.disable())
                .exceptionHandling(e -> e.authenticationEntryPoint(unauthorized).accessDeniedHandler(denied))
                .headers(h -> h.contentSecurityPolicy(c -> c.policyDirectives(CSP)))
                // a browser session the account change ended is refused here as on the pages
                .addFilterAfter(new ConcurrentSessionFilter(sessions, event -> responder.writeProblem(
                        event.getRequest(), event.getResponse(), HttpStatus.UNAUTHORIZED,
                        responder.message("error.unauthorized"), List.of())), SecurityContextHolderFilter.class)
                .addFilterAfter(new PasswordChangeFilter(responder), AnonymousAuthenticationFilter.class);
        return http.build();
    }

    @Bean
    @Order(3)
    SecurityFilterChain pages(HttpSecurity http, SessionTimeoutOnLogin onLogin, SessionRegistry sessions,
                              ErrorResponder responder) throws Exception {
        LoginUrlAuthenticationEntryPoint toLogin = new LoginUrlAuthenticationEntryPoint("/login");
        AuthenticationEntryPoint entry = (rq, rs, ex) -> {
            if (isHtmx(rq)) {
                rs.setHeader("HX-Redirect", rq.getContextPath() + "/login?expired");
                rs.setStatus(HttpStatus.UNAUTHORIZED.value());
            } else {
                toLogin.commence(rq, rs, ex);
            }
        };
        http.authorizeHttpRequests(a -> a
                        .requestMatchers("/", "/portal", "/portal/**", "/login", "/error", "/webjars/**", "/css/**",
                                "/js/**", "/img/**", "/favicon.ico", "/lang").permitAll()
                        .anyRequest().authenticated())
                .formLogin(f -> f.loginPage("/login").successHandler(onLogin)
                        // one answer for a wrong password, an unknown name, a locked or a waiting account
                        .failureHandler((rq, rs, ex) -> rs.sendRedirect(rq.getContextPath() + "/login?error")))
                .logout(l -> l.logoutUrl("/logout").logoutSuccessUrl("/login?logout"))
                .exceptionHandling(e -> e.authenticationEntryPoint(entry))
                .sessionManagement(s -> s.sessionFixation(f -> f.changeSessionId())
                        .maximumSessions(-1).sessionRegistry(sessions).expiredSessionStrategy(event -> {
                            HttpServletRequest rq = event.getRequest();
                            if (isHtmx(rq)) {
                                event.getResponse().setHeader("HX-Redirect", rq.getContextPath() + "/login?expired");
                                event.getResponse().setStatus(HttpStatus.UNAUTHORIZED.value());
                            } else {
                                event.getResponse().sendRedirect(rq.getContextPath() + "/login?expired");
                            }
                        }))
                .addFilterAfter(new PasswordChangeFilter(responder), AnonymousAuthenticationFilter.class)
                // the portal's pages are limited like the public API, by PortalRateLimit inside the dispatcher
                .headers(h -> h.contentSecurityPolicy(c -> c.policyDirectives(CSP)));
        return http.build();
    }

    /**
     * Where HTTP Basic keeps the context it authenticated: for the request only (Basic's default), and marking the
     * request, since Basic saves a context only after it checked the credentials — not for a session that already
     * holds the user named in the header.
     */
    static final class BasicAuthenticated implements SecurityContextRepository {

        private final SecurityContextRepository delegate = new RequestAttributeSecurityContextRepository();

        @Override
        @SuppressWarnings("deprecation")
        public org.springframework.security.core.context.SecurityContext loadContext(
                org.springframework.security.web.context.HttpRequestResponseHolder holder) {
            return delegate.loadContext(holder);
        }

        @Override
        public org.springframework.security.core.context.DeferredSecurityContext loadDeferredContext(
                HttpServletRequest rq) {
            return delegate.loadDeferredContext(rq);
        }

        @Override
        public void saveContext(org.springframework.security.core.context.SecurityContext context,
                                HttpServletRequest rq, jakarta.servlet.http.HttpServletResponse rs) {
            rq.setAttribute(BASIC_AUTHENTICATED, Boolean.TRUE);
            delegate.saveContext(context, rq, rs);
        }

        @Override
        public boolean containsContext(HttpServletRequest rq) {
            return delegate.containsContext(rq);
        }
    }

    static boolean isHtmx(HttpServletRequest rq) {
        return "true".equals(rq.getHeader("HX-Request"));
    }

    /** Applies the password policy's session timeout to each new session and goes to the dashboard. */
    @org.springframework.stereotype.Component
    static class SessionTimeoutOnLogin extends SavedRequestAwareAuthenticationSuccessHandler {

        private final org.fazhi.organization.SessionPolicy accounts;

        SessionTimeoutOnLogin(org.fazhi.organization.SessionPolicy accounts) {
            this.accounts = accounts;
            setDefaultTargetUrl("/dashboard");
        }

        @Override
        public void onAuthenticationSuccess(HttpServletRequest rq, jakarta.servlet.http.HttpServletResponse rs,
                                            org.springframework.security.core.Authentication auth)
                throws java.io.IOException, jakarta.servlet.ServletException {
            if (auth.getPrincipal() instanceof FazhiUser) {
                rq.getSession().setMaxInactiveInterval(accounts.sessionTimeoutSeconds());
            }
            super.onAuthenticationSuccess(rq, rs, auth);
        }
    }
}
