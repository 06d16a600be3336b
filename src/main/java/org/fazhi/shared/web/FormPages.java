package org.fazhi.shared.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;
import org.fazhi.shared.RuleViolation;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerMapping;

/**
 * 表单提交 — the one way a page takes a form and shows a refusal. A page controller hands over its form, the step
 * and how to show the page again:
 *
 * <pre>{@code
 * @PostMapping("/mediation/disputes")
 * String register(@ModelAttribute RegistrationForm form, BindingResult binding, Model model, RedirectAttributes r) {
 *     return forms.submit(model, form, binding, () -> {
 *         Dispute d = service.register(form.command());
 *         r.addFlashAttribute("success", "mediation.registered");
 *         return "redirect:/mediation/disputes/" + d.getId();
 *     }, () -> newForm(model));
 * }
 * }</pre>
 *
 * <ol>
 *   <li>Values the binder could not read (a date "2024-02-30", a word in a number field) — the {@link BindingResult},
 *       which must directly follow the form parameter — and the form's Bean Validation constraints are checked first;
 *       any problem refuses the form without running the step.</li>
 *   <li>The step runs; a {@link RuleViolation} it throws (nothing was written: the service's transaction rolled back)
 *       refuses the form with the violation's field problems, or with its message when it names no field. Any other
 *       exception is no refusal and goes to the error handling as before.</li>
 *   <li>A refused form answers 422 (200 to an htmx request, which htmx would not swap in otherwise) with the same
 *       page: {@code reshow} fills the model and names the view, the typed values are still in the request
 *       (templates read them as {@code ${param.x}} or from the form object), and the model holds a {@link Refusal}
 *       as {@code refusal}. No stack trace, no error page.</li>
 *   <li>A lost race — the step found the record at another version than the form's hidden {@code version} field
 *       ({@link org.fazhi.shared.Versions}), or another change committed first — refuses the form the same way,
 *       answered 409, with who changed the record and when ({@link Conflicts}) and a link that reloads the page.</li>
 * </ol>
 *
 * In the template, {@code <div th:replace="~{fragments/forms :: messages}">} shows the general message (with every
 * field problem named by its label) and the success flash; next to an input,
 * {@code <div th:replace="~{fragments/forms :: error('acceptedOn')}">} shows that field's messages (its id is
 * {@code acceptedOn-error}, for {@code aria-describedby}), and {@code th:classappend="${refusal?.has('acceptedOn')} ?
 * 'is-invalid'"} marks the input.
 *
 * <p>A field's label is the message {@code <module>.field.<field>} (indexes such as {@code parties[0].} dropped),
 * where the module is that of the controller, or else the first part of the problem's message key; without one the
 * field's name stands in. Messages are message-bundle keys (Chinese default, English {@code _en}). Do not name a
 * field {@code form}: its message would take the id {@code form-error} of the message at the top.
 *
 * <p>Moving a controller over: each {@code try { …; return "redirect:…"; } catch (RuleViolation e) {
 * model.addAttribute("formError", e); return page(model); }} becomes {@code return forms.submit(model, () -> { …;
 * return "redirect:…"; }, () -> page(model));}; a per-field map of messages and a map of typed values built by hand
 * go away (the template reads {@code refusal} and {@code param}). Until then {@code fragments/forms :: messages}
 * still shows a {@code formError} as before.
 */
@Component
public class FormPages {

    /** The model attribute that holds the {@link Refusal} of a refused form. */
    public static final String REFUSAL = "refusal";

    /** Marks a problem whose only argument is its text, already in the user's language (Bean Validation, binder). */
    private static final String MESSAGE_AS_IS = "form.message";

    private final MessageSource messages;
    private final Validator validator;
    private final Conflicts conflicts;

    FormPages(MessageSource messages, Validator validator, Conflicts conflicts) {
        this.messages = messages;
        this.validator = validator;
        this.conflicts = conflicts;
    }

    /** Runs a step without a form object (request parameters only); a refusal shows the page again. */
    public String submit(Model model, Supplier<String> step, Supplier<String> reshow) {
        return submit(model, null, null, step, reshow);
    }

    /** Checks the form's Bean Validation constraints, then runs the step; a refusal shows the page again. */
    public String submit(Model model, Object form, Supplier<String> step, Supplier<String> reshow) {
        return submit(model, form, null, step, reshow);
    }

    /**
     * Checks what the binder could not read ({@code binding}, may be {@code null}) and the form's constraints
     * ({@code form}, may be {@code null}), then runs the step; a refusal puts a {@link Refusal} in the model, answers
     * 422 and returns {@code reshow}'s view.
     *
     * @param step does the work and returns the view after success (usually a redirect)
     * @param reshow fills the model of the form's page again and returns its view name
     */
    public String submit(Model model, Object form, BindingResult binding, Supplier<String> step,
                         Supplier<String> reshow) {
        List<RuleViolation.FieldProblem> problems = new ArrayList<>();
        if (binding != null) {
            binding.getFieldErrors().forEach(e -> problems.add(new RuleViolation.FieldProblem(e.getField(),
                    MESSAGE_AS_IS, messages.getMessage(e, LocaleContextHolder.getLocale()))));
            binding.getGlobalErrors().forEach(e -> problems.add(new RuleViolation.FieldProblem(null, MESSAGE_AS_IS,
                    messages.getMessage(e, LocaleContextHolder.getLocale()))));
        }
        if (form != null) {
            validator.validate(form).stream()
                    .sorted(Comparator.comparing((ConstraintViolation<Object> v) -> v.getPropertyPath().toString()))
                    .filter(v -> binding == null || binding.getFieldError(v.getPropertyPath().toString()) == null)
                    .forEach(v -> problems.add(new RuleViolation.FieldProblem(v.getPropertyPath().toString(),
                            MESSAGE_AS_IS, v.getMessage())));
        }
        if (!problems.isEmpty()) {
            return refused(model, RuleViolation.ofFields(problems), reshow);
        }
        try {
            return step.get();
        } catch (RuleViolation e) {
            return refused(model, e, reshow);
        } catch (RuntimeException e) {
            if (!Conflicts.isConflict(e)) {
                throw e;
            }
            return conflicted(model, e, reshow);
        }
    }

    /**
     * A lost race (the form was filled from a version someone else has changed since): the page again with the
     * explanation of who changed the record and when and a link that reloads the page, answered 409.
     */
    private String conflicted(Model model, RuntimeException conflict, Supplier<String> reshow) {
        ServletRequestAttributes request = current();
        model.addAttribute(REFUSAL, new Refusal(conflicts.explain(conflict), Map.of(), List.of(),
                request == null ? null : reloadUrl(request.getRequest())));
        if (request != null && request.getResponse() != null
                && !"true".equals(request.getRequest().getHeader("HX-Request"))) {
            request.getResponse().setStatus(HttpStatus.CONFLICT.value());
        }
        return reshow.get();
    }

    /**
     * Where a person reloads after a lost race: the page the form was sent from (the {@code Referer} of this
     * server), else the address the form was sent to.
     */
    public static String reloadUrl(HttpServletRequest request) {
        String referer = request.getHeader("Referer");
        if (referer != null) {
            try {
                java.net.URI uri = java.net.URI.create(referer);
                if (uri.getHost() == null || uri.getHost().equalsIgnoreCase(request.getServerName())) {
                    return uri.getRawPath() + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
                }
            } catch (IllegalArgumentException e) {
                // not an address: fall back to the request's own
            }
        }
        return request.getRequestURI();
    }

    /**
     * Shows a violation caught elsewhere as the refusal of the page's form: the model gets the {@link Refusal} and
     * the answer 422; returns {@code reshow}'s view.
     */
    public String refused(Model model, RuleViolation violation, Supplier<String> reshow) {
        model.addAttribute(REFUSAL, refusalOf(violation));
        ServletRequestAttributes request = current();
        // htmx swaps in only a 2xx answer: a form sent by htmx gets its refusal as 200
        if (request != null && request.getResponse() != null
                && !"true".equals(request.getRequest().getHeader("HX-Request"))) {
            request.getResponse().setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
        }
        return reshow.get();
    }

    /** The refusal a violation makes, in the current request's language. */
    public Refusal refusalOf(RuleViolation violation) {
        Locale locale = LocaleContextHolder.getLocale();
        Map<String, List<String>> fields = new LinkedHashMap<>();
        List<String> labelled = new ArrayList<>();
        String general = null;
        for (RuleViolation.FieldProblem p : violation.problems()) {
            String text = text(p.messageKey(), p.args(), locale);
            if (p.field() == null || p.field().isBlank()) {
                general = general == null ? text : general;
                continue;
            }
            fields.computeIfAbsent(p.field(), f -> new ArrayList<>()).add(text);
            labelled.add(messages.getMessage("form.problem", new Object[] {label(p.field(), p.messageKey(), locale),
                    text}, locale));
        }
        if (violation.problems().isEmpty()) {
            general = text(violation.messageKey(), violation.args(), locale);
        } else if (general == null) {
            general = messages.getMessage("form.refused", null, locale);
        }
        return new Refusal(general, fields, labelled, null);
    }

    private String text(String key, Object[] args, Locale locale) {
        if (MESSAGE_AS_IS.equals(key)) {
            return String.valueOf(args[0]);
        }
        return messages.getMessage(key, args, key, locale);
    }

    private String label(String field, String key, Locale locale) {
        String plain = field.replaceAll("\\[\\d+]", "");
        String keyModule = key.contains(".") ? key.substring(0, key.indexOf('.')) : key;
        List<String> codes = new ArrayList<>();
        String handlerModule = handlerModule();
        if (handlerModule != null) {
            codes.add(handlerModule + ".field." + plain);
        }
        codes.add(keyModule + ".field." + plain);
        return messages.getMessage(new DefaultMessageSourceResolvable(codes.toArray(String[]::new), null, plain),
                locale);
    }

    /** The module of the controller that handles the request: {@code org.fazhi.<module>.web.X}. */
    private static String handlerModule() {
        ServletRequestAttributes attributes = current();
        if (attributes == null) {
            return null;
        }
        HttpServletRequest request = attributes.getRequest();
        if (request.getAttribute(HandlerMapping.BEST_MATCHING_HANDLER_ATTRIBUTE) instanceof HandlerMethod h) {
            String[] parts = h.getBeanType().getPackageName().split("\\.");
            return parts.length > 2 ? parts[2] : null;
        }
        return null;
    }

    private static ServletRequestAttributes current() {
        return RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes s ? s : null;
    }
}
