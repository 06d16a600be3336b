package org.fazhi.deadline.internal;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface CalendarYearRepository extends JpaRepository<CalendarYear, Long> {

    Optional<CalendarYear> findByYearNo(int yearNo);

    List<CalendarYear> findAllByOrderByYearNoAsc();
}
