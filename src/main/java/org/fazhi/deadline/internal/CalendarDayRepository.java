package org.fazhi.deadline.internal;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface CalendarDayRepository extends JpaRepository<CalendarDay, Long> {

    List<CalendarDay> findByYearNoOrderByDayDateAsc(int yearNo);
}
