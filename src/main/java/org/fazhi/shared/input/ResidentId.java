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
 * 居民身份证号码 — an 18-character resident ID number with its check character and a real birth date ({@link ValueRules#isResidentId}). A blank value passes: whether the field is required is said by {@code @NotBlank}.
 */
@Documented
@Constraint(validatedBy = ResidentId.Check.class)
@Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT, ElementType.TYPE_USE})
@Retention(RetentionPolicy.RUNTIME)
public @interface ResidentId {

    String message() default "{" + ValueRules.RESIDENT_ID + "}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    /** The check of the annotation. */
    final class Check implements ConstraintValidator<ResidentId, String> {

        @Override
        public boolean isValid(String value, ConstraintValidatorContext context) {
            return value == null || value.isBlank() || ValueRules.isResidentId(value);
        }
    }
}
