/**
 * 门户 — the public portal (home page listing the public services other modules contribute as {@link
 * org.fazhi.shared.PublicServiceCard}s) and the staff dashboard, one per role.
 */
@org.springframework.modulith.ApplicationModule(displayName = "门户与工作台 Portal and dashboard")
package org.fazhi.portal;
