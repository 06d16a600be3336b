/**
 * Shared kernel (共享内核): small value types, the exceptions every module throws to say that a request broke a rule
 * or named something the caller may not see, and the extension points through which a module adds itself to the
 * portal and the dashboards ({@link org.fazhi.shared.PublicServiceCard}, {@link org.fazhi.shared.PublicSearch},
 * {@link org.fazhi.shared.DashboardSection}), the one page envelope of the API's lists ({@link org.fazhi.shared.PageOf})
 * and the one way a page takes a form and shows a refusal ({@link org.fazhi.shared.web.FormPages}, here rather than in
 * the web frame because the frame itself depends on the organization module, whose pages use it). No business
 * services, no persistence.
 */
@org.springframework.modulith.ApplicationModule(type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package org.fazhi.shared;
