package org.fazhi.legalservice.internal;

import java.time.LocalDateTime;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface BroadcastRepository extends JpaRepository<Broadcast, Long> {

    List<Broadcast> findAllByOrderByStartsAtDesc();

    List<Broadcast> findByTownIdOrderByStartsAtDesc(Long townId);

    List<Broadcast> findByStartsAtBetween(LocalDateTime from, LocalDateTime to);
}
