package org.fazhi.supervision.internal;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface SupervisionSettingsRepository extends JpaRepository<SupervisionSettings, Long> {

    Optional<SupervisionSettings> findByTownId(Long townId);
}
