package org.fazhi.report.internal;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface SectionVersionRepository extends JpaRepository<SectionVersion, Long> {

    List<SectionVersion> findByReportIdOrderBySectionKeyAscRevisionAsc(long reportId);
}
