package org.fazhi.study.internal;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface StudyPlanRepository extends JpaRepository<StudyPlan, Long> {

    Optional<StudyPlan> findByTownIdAndYear(long townId, int year);
}
