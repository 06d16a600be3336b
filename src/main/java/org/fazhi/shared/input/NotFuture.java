package org.fazhi.shared.input;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.time.Clock;
import java.time.LocalDate;

/**
 * 不晚于今天 — a date the law requires to have happened already (a filing, a birth, a signature), judged against the
 * application's {@link Clock} (the platform's today, which tests and demonstrations set), not the machine's. An empty
 * date passes: whether it is required is said by {@code @NotNull}.
 */
@Documented
@Constraint(validatedBy = NotFuture.Check.class)
@Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT, ElementType.TYPE_USE})
@Retention(RetentionPolicy.RUNTIME)
public @interface NotFuture {

    String message() default "{" + ValueRules.FUTURE + "}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    /** The check; the validator factory of the application context hands it the {@link Clock} bean. */
    final class Check implements ConstraintValidator<NotFuture, LocalDate> {

        private final Clock clock;

        public Check(Clock clock) {
            this.clock = clock;
        }

        @Override
        public boolean isValid(LocalDate value, ConstraintValidatorContext context) {
            return value == null || !value.isAfter(LocalDate.now(clock));
        }
    }
}
