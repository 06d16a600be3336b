package org.fazhi.legalservice.internal;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface BroadcastGuestRepository extends JpaRepository<BroadcastGuest, Long> {

    List<BroadcastGuest> findByBroadcastIdOrderBySortOrderAsc(Long broadcastId);
}
