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
 * 统一社会信用代码 — an organisation's 18-character code with its check character ({@link ValueRules#isCreditCode}). A blank value passes: whether the field is required is said by {@code @NotBlank}.
 */
@Documented
@Constraint(validatedBy = CreditCode.Check.class)
@Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT, ElementType.TYPE_USE})
@Retention(RetentionPolicy.RUNTIME)
public @interface CreditCode {

    String message() default "{" + ValueRules.CREDIT_CODE + "}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    /** The check of the annotation. */
    final class Check implements ConstraintValidator<CreditCode, String> {

        @Override
        public boolean isValid(String value, ConstraintValidatorContext context) {
            return value == null || value.isBlank() || ValueRules.isCreditCode(value);
        }
    }
}
