package org.fazhi.legalservice.internal;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface BroadcastQuestionRepository extends JpaRepository<BroadcastQuestion, Long> {

    List<BroadcastQuestion> findByBroadcastIdOrderByIdAsc(Long broadcastId);
}
