package org.fazhi.shared;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Declares a page or endpoint open to everyone (public portal, login). Every other handler declares the permission
 * it needs with {@code @PreAuthorize}; a test fails the build when a handler declares neither.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD})
public @interface PublicEndpoint {
}
