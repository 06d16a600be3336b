package org.fazhi.organization.internal;

import java.util.Optional;
import org.fazhi.organization.Role;
import org.springframework.data.jpa.repository.JpaRepository;

public interface RoleGrantRepository extends JpaRepository<RoleGrant, Long> {

    Optional<RoleGrant> findByRole(Role role);
}
