package org.fazhi.study.internal;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface DutyStatementRepository extends JpaRepository<DutyStatement, Long> {

    Optional<DutyStatement> findByTownIdAndYear(long townId, int year);

    long countByYear(int year);
}
