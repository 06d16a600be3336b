package org.fazhi.disclosure.web;

import java.util.LinkedHashMap;
import java.util.Map;
import org.fazhi.shared.RuleViolation;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;

/**
 * The problems of a refused form, by field, in the user's language, for the message next to each field; a problem
 * tied to no field goes under {@code form}.
 */
final class FormErrors {

    static final String FORM = "form";

    private FormErrors() {
    }

    static Map<String, String> of(RuleViolation e, MessageSource messages) {
        Map<String, String> errors = new LinkedHashMap<>();
        e.problems().forEach(p -> errors.putIfAbsent(p.field(), messages.getMessage(p.messageKey(), p.args(),
                LocaleContextHolder.getLocale())));
        if (errors.isEmpty()) {
            errors.put(FORM, messages.getMessage(e.messageKey(), e.args(), LocaleContextHolder.getLocale()));
        }
        return errors;
    }
}
