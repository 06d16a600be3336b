package org.fazhi.legalservice.internal;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface KioskRepository extends JpaRepository<Kiosk, Long> {

    List<Kiosk> findAllByOrderByInServiceFromAscIdAsc();

    Optional<Kiosk> findFirstByTownIdAndPlace(Long townId, String place);
}
