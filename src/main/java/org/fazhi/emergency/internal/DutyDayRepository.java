package org.fazhi.emergency.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface DutyDayRepository extends JpaRepository<DutyDay, Long> {

    Optional<DutyDay> findByTownIdAndDate(Long townId, LocalDate date);

    List<DutyDay> findByDateBetweenOrderByDateAscTownIdAsc(LocalDate from, LocalDate to);
}
