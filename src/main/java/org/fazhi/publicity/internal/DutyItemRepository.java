package org.fazhi.publicity.internal;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface DutyItemRepository extends JpaRepository<DutyItem, Long> {

    List<DutyItem> findByYearOrderByHolderUnitIdAscDueQuarterAscIdAsc(int year);
}
