package org.fazhi.calendar.internal;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface DeadlineAlertRepository extends JpaRepository<DeadlineAlert, Long> {

    List<DeadlineAlert> findByClockIdOrderByIdAsc(Long clockId);
}
