package org.fazhi.legality.internal;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface LegalitySettingsRepository extends JpaRepository<LegalitySettings, Long> {

    Optional<LegalitySettings> findByTownId(Long townId);
}
