package org.fazhi.enforcement.internal;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface CasePersonRepository extends JpaRepository<CasePerson, Long> {

    List<CasePerson> findByCaseIdOrderByIdAsc(long caseId);
}
