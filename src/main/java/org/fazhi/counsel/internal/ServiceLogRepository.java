package org.fazhi.counsel.internal;

import java.time.LocalDate;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface ServiceLogRepository extends JpaRepository<ServiceLogEntry, Long> {

    List<ServiceLogEntry> findByServedOnBetweenOrderByServedOnAsc(LocalDate from, LocalDate to);
}
