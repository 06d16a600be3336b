package org.fazhi.web.internal;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.fazhi.web.Problems;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.ModelAndView;
import tools.jackson.databind.json.JsonMapper;

/**
 * Answers an error: RFC 9457 problem details with a message in the user's language for the API, a friendly page for
 * people. Never a stack trace.
 */
@Component
public class ErrorResponder {

    private final MessageSource messages;
    private final JsonMapper json;
    private final org.springframework.web.servlet.LocaleResolver locales;

    ErrorResponder(MessageSource messages, JsonMapper json, org.springframework.web.servlet.LocaleResolver locales) {
        this.messages = messages;
        this.json = json;
        this.locales = locales;
    }

    /**
     * The user's language: errors raised before the dispatcher (security filters) have no locale context yet, so the
     * platform's resolver (Chinese unless the user chose English) decides here too.
     */
    private java.util.Locale locale() {
        var attrs = org.springframework.web.context.request.RequestContextHolder.getRequestAttributes();
        if (attrs instanceof org.springframework.web.context.request.ServletRequestAttributes sra) {
            return locales.resolveLocale(sra.getRequest());
        }
        return LocaleContextHolder.getLocale();
    }

    /** A field problem as shown to the caller. */
    public record Violation(String field, String message) {
    }

    public String message(String key, Object... args) {
        return messages.getMessage(key, args, key, locale());
    }

    /** A validation error's message: the bundles' text for its codes (e.g. {@code NotBlank}), else its default. */
    public String message(org.springframework.context.MessageSourceResolvable error) {
        try {
            return messages.getMessage(error, locale());
        } catch (org.springframework.context.NoSuchMessageException e) {
            return message("error.field.invalid");
        }
    }

    /**
     * The answer to an error: for the API the problem details are written here and {@code null} is returned, which
     * tells Spring MVC the response is complete (an empty view would make it render the default view, the error
     * page, over the written body); for people the error page.
     */
    public ModelAndView respond(HttpServletRequest request, HttpServletResponse response, HttpStatus status,
                                String detail, List<Violation> violations) {
        if (Problems.isApi(request)) {
            writeProblem(request, response, status, detail, violations);
            return null;
        }
        ModelAndView mav = new ModelAndView("error");
        mav.setStatus(status);
        mav.addObject("status", status.value());
        mav.addObject("title", message("error.title." + status.value()));
        mav.addObject("detail", detail);
        mav.addObject("violations", violations);
        return mav;
    }

    public void writeProblem(HttpServletRequest request, HttpServletResponse response, HttpStatus status,
                             String detail, List<Violation> violations) {
        if (response.isCommitted()) {
            return;
        }
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", "about:blank");
        body.put("title", message("error.title." + status.value()));
        body.put("status", status.value());
        body.put("detail", detail);
        String uri = (String) request.getAttribute(jakarta.servlet.RequestDispatcher.ERROR_REQUEST_URI);
        body.put("instance", uri != null ? uri : request.getRequestURI());
        if (violations != null && !violations.isEmpty()) {
            body.put("violations", violations);
        }
        response.resetBuffer();
        response.setStatus(status.value());
        response.setContentType(Problems.PROBLEM_JSON);
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        try {
            response.getOutputStream().write(json.writeValueAsBytes(body));
            response.flushBuffer();
        } catch (IOException e) {
            // the client went away; nothing left to answer
        }
    }
}
