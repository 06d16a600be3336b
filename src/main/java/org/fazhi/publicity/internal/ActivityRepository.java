package org.fazhi.publicity.internal;

import java.time.LocalDate;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface ActivityRepository extends JpaRepository<Activity, Long> {

    List<Activity> findByHeldOnBetweenOrderByHeldOnDescIdDesc(LocalDate from, LocalDate to);

    List<Activity> findByDutyItemId(long dutyItemId);
}
