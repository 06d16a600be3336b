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

    /**
     * The linked accounts of the advisors engaged for the village on the day, latest engagement first. Native SQL, so
     * that the answer does not depend on the caller's scope: routing a village's question is the platform's work.
     */
    @org.springframework.data.jpa.repository.Query(value = """
            select a.username from counsel_engagement e join counsel_advisor a on a.id = e.advisor_id
            where e.holder_unit_id = :villageId and e.starts_on <= :day and e.ends_on >= :day
              and a.username is not null
            order by e.starts_on desc, e.id desc""", nativeQuery = true)
    List<String> accountsServing(long villageId, LocalDate day);
}
