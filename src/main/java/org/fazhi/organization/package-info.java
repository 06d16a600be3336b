/**
 * 组织与权限 — organisation and access: the org tree (district → town → village/community and town departments),
 * users with one home unit and their roles, role permissions, the password policy, and the data scope that every
 * module's queries and writes go through ({@link org.fazhi.organization.scope.DataScope}, {@link
 * org.fazhi.organization.scope.ScopedRecord}).
 */
@org.springframework.modulith.ApplicationModule(displayName = "组织与权限 Organisation and access")
package org.fazhi.organization;
