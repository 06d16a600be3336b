package org.fazhi.litigation.internal;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface LitigationCaseRepository extends JpaRepository<LitigationCase, Long> {

    boolean existsByTownIdAndCaseNumber(long townId, String caseNumber);

    @Query("""
            select c from LitigationCase c
            where (:kind is null or c.kind = :kind) and (:state is null or c.state = :state)
              and (:act is null or c.actType = :act)
              and (:q is null or c.caseNumber like :q escape '\\' or c.body like :q escape '\\')
            order by c.copyReceivedOn desc, c.id desc""")
    Page<LitigationCase> search(CaseKind kind, CaseState state, ActType act, String q, Pageable pageable);

    /** The town's cases about an act of one type (the caller's scope applies). */
    java.util.List<LitigationCase> findByTownIdAndActType(long townId, ActType actType);
}
