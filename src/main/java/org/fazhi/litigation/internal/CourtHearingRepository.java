package org.fazhi.litigation.internal;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface CourtHearingRepository extends JpaRepository<CourtHearing, Long> {

    List<CourtHearing> findByCaseIdOrderByHeldOnAscIdAsc(long caseId);
}
