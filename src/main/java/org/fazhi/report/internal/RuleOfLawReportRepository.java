package org.fazhi.report.internal;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface RuleOfLawReportRepository extends JpaRepository<RuleOfLawReport, Long> {

    List<RuleOfLawReport> findAllByOrderByReportYearDescIdDesc();

    List<RuleOfLawReport> findByTownIdAndStateOrderByReportYearDescIdDesc(long townId, ReportState state);

    boolean existsByTownIdAndReportYearAndStateNot(long townId, int reportYear, ReportState state);
}
