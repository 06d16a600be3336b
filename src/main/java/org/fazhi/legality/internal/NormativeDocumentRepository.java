package org.fazhi.legality.internal;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface NormativeDocumentRepository extends JpaRepository<NormativeDocument, Long> {

    /**
     * {@code due}: only documents in force whose validity ends by {@code horizon} (due for cleanup). The horizon is
     * always a date: PostgreSQL cannot type a null date parameter.
     */
    @Query("""
            select d from NormativeDocument d
            where (:state is null or d.state = :state)
              and (:due = false or (d.state = org.fazhi.legality.internal.DocumentState.IN_FORCE
                                        and d.validUntil <= :horizon))
              and (:q is null or d.title like :q escape '\\' or d.docNumber like :q escape '\\')
            order by d.id desc""")
    Page<NormativeDocument> search(DocumentState state, boolean due, LocalDate horizon, String q,
                                   Pageable pageable);

    List<NormativeDocument> findByTownIdAndStateInOrderByPublishedOnDesc(long townId,
                                                                         Collection<DocumentState> states);
}
