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

/**
 * 电话号码 — a mobile or landline number ({@link ValueRules#isPhone}). A blank value passes: whether the field is required is said by {@code @NotBlank}.
 */
@Documented
@Constraint(validatedBy = Phone.Check.class)
@Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT, ElementType.TYPE_USE})
@Retention(RetentionPolicy.RUNTIME)
public @interface Phone {

    String message() default "{" + ValueRules.PHONE + "}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    /** The check of the annotation. */
    final class Check implements ConstraintValidator<Phone, String> {

        @Override
        public boolean isValid(String value, ConstraintValidatorContext context) {
            return value == null || value.isBlank() || ValueRules.isPhone(value);
        }
    }
}
