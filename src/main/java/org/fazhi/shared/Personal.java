package org.fazhi.shared;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a field holding personal data (个人信息: ID number, phone, address, names of private persons …). The audit
 * trail stores such values masked, so the trail never becomes a second copy of personal data.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.FIELD)
public @interface Personal {
}
