package org.fazhi.mediation.web;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import org.fazhi.shared.RuleViolation;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;

/**
 * Checks a command built from a page form against its Bean Validation constraints and reports the problems as field
 * problems naming the field's label, so the form shows them next to what the user typed.
 */
final class Forms {

    private Forms() {
    }

    static <T> T valid(Validator validator, MessageSource messages, T command) {
        Set<ConstraintViolation<T>> violations = validator.validate(command);
        if (!violations.isEmpty()) {
            List<RuleViolation.FieldProblem> problems = violations.stream()
                    .sorted(Comparator.comparing(v -> v.getPropertyPath().toString()))
                    .map(v -> {
                        String field = v.getPropertyPath().toString();
                        String label = messages.getMessage("mediation.field." + field.replaceAll("\\[\\d+]", ""),
                                null, field, LocaleContextHolder.getLocale());
                        return new RuleViolation.FieldProblem(field, "mediation.field.problem", label, v.getMessage());
                    })
                    .toList();
            throw RuleViolation.ofFields(problems);
        }
        return command;
    }
}
