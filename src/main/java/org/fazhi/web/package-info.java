/**
 * 平台框架 — the web frame every module's pages and APIs stand in: security filter chains, error answers (RFC 9457
 * problem details for the API, friendly pages for people), languages, request logging, the staff console frame.
 */
@org.springframework.modulith.ApplicationModule(displayName = "平台框架 Web frame")
package org.fazhi.web;
