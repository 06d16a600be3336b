package org.fazhi.legality.internal;

import java.util.Collection;
import java.util.List;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface MajorDecisionRepository extends JpaRepository<MajorDecision, Long> {

    @Query("""
            select d from MajorDecision d
            where (:state is null or d.state = :state) and (:year is null or d.catalogueYear = :year)
              and (:q is null or d.title like :q escape '\\')
            order by d.catalogueYear desc, d.id desc""")
    Page<MajorDecision> search(DecisionState state, Integer year, String q, Pageable pageable);

    List<MajorDecision> findByTownIdAndStateInOrderByIdDesc(long townId, Collection<DecisionState> states);

    List<MajorDecision> findByTownIdAndCatalogueYearOrderByIdAsc(long townId, int catalogueYear);

    List<MajorDecision> findByHeldOnNotNullOrderByHeldOnDesc();
}
