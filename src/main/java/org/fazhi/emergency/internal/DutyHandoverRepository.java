package org.fazhi.emergency.internal;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface DutyHandoverRepository extends JpaRepository<DutyHandover, Long> {

    List<DutyHandover> findTop20ByOrderByHandedAtDesc();
}
