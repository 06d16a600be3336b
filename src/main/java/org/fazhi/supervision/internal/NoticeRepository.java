package org.fazhi.supervision.internal;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface NoticeRepository extends JpaRepository<SupervisionNotice, Long> {

    @Query("""
            select n from SupervisionNotice n where (:state is null or n.state = :state)
            order by n.issuedOn desc, n.id desc""")
    Page<SupervisionNotice> search(NoticeState state, Pageable pageable);

    @Query("select count(n) from SupervisionNotice n where n.townId = :townId and year(n.issuedOn) = :year")
    long countIssued(Long townId, int year);
}
