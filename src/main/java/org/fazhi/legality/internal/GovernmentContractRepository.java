package org.fazhi.legality.internal;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface GovernmentContractRepository extends JpaRepository<GovernmentContract, Long> {

    @Query("""
            select c from GovernmentContract c
            where (:signed is null or (:signed = true and c.signedOn is not null)
                                   or (:signed = false and c.signedOn is null))
              and (:q is null or c.subject like :q escape '\\' or c.counterparty like :q escape '\\')
            order by c.id desc""")
    Page<GovernmentContract> search(Boolean signed, String q, Pageable pageable);
}
