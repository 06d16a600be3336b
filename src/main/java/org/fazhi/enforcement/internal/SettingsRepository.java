package org.fazhi.enforcement.internal;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface SettingsRepository extends JpaRepository<EnforcementSettings, Long> {

    Optional<EnforcementSettings> findByTownId(Long townId);
}
