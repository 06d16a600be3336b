/**
 * Shared kernel (共享内核): small value types and the exceptions every module throws to say that a request broke a
 * rule or named something the caller may not see. No services, no persistence.
 */
@org.springframework.modulith.ApplicationModule(type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package org.fazhi.shared;
