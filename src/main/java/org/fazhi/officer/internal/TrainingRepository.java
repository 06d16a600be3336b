package org.fazhi.officer.internal;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface TrainingRepository extends JpaRepository<OfficerTraining, Long> {

    Optional<OfficerTraining> findByOfficerIdAndYear(long officerId, int year);

    List<OfficerTraining> findByOfficerIdOrderByYearDesc(long officerId);
}
