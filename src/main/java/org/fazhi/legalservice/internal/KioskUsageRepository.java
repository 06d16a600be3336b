package org.fazhi.legalservice.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface KioskUsageRepository extends JpaRepository<KioskUsage, Long> {

    Optional<KioskUsage> findByKioskIdAndMonth(Long kioskId, LocalDate month);

    List<KioskUsage> findByMonthBetween(LocalDate from, LocalDate to);
}
