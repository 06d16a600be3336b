package org.fazhi.organization.internal;

import java.util.Optional;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface AppUserRepository extends JpaRepository<AppUser, Long> {

    Optional<AppUser> findByUsername(String username);

    boolean existsByUsername(String username);

    @Query("select u from AppUser u where u.homeUnitId in :units and (:q is null or u.username like :q escape '\\' or u.displayName like :q escape '\\')")
    Page<AppUser> search(java.util.Collection<Long> units, String q, Pageable pageable);
}
