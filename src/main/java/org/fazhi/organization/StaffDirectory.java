package org.fazhi.organization;

import java.util.Optional;

/** 工作人员目录 — whether a staff account exists and where it belongs, for the modules that name staff by user name. */
public interface StaffDirectory {

    /** The home unit of the account {@code username}, whatever the caller's scope; empty when there is none. */
    Optional<OrgUnitView> homeUnitOf(String username);
}
