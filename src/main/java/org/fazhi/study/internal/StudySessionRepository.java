package org.fazhi.study.internal;

import java.time.LocalDate;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface StudySessionRepository extends JpaRepository<StudySession, Long> {

    List<StudySession> findByHeldOnBetweenOrderByHeldOnAscIdAsc(LocalDate from, LocalDate to);
}
