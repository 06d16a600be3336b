package org.fazhi.organization;

import java.util.Optional;

/** 工作人员目录 — whether a staff account exists and where it belongs, for the modules that name staff by user name. */
public interface StaffDirectory {

    /** The home unit of the account {@code username}, whatever the caller's scope; empty when there is none. */
    Optional<OrgUnitView> homeUnitOf(String username);

    /**
     * The enabled accounts holding {@code role} whose home unit lies in the town (the town, its departments and
     * villages), by user name in alphabetical order, whatever the caller's scope.
     */
    java.util.List<String> holdersOf(Role role, long townId);
}
