package org.fazhi.counsel.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface EngagementRepository extends JpaRepository<AdvisorEngagement, Long> {

    Optional<AdvisorEngagement> findByAdvisorIdAndHolderUnitIdAndStartsOn(Long advisorId, Long villageId,
                                                                          LocalDate startsOn);

    List<AdvisorEngagement> findByAdvisorIdOrderByStartsOnAsc(Long advisorId);

    List<AdvisorEngagement> findAllByOrderByStartsOnAsc();

    List<AdvisorEngagement> findByHolderUnitIdOrderByStartsOnAsc(Long villageId);
}
