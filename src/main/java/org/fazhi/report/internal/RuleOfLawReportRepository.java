package org.fazhi.report.internal;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface RuleOfLawReportRepository extends JpaRepository<RuleOfLawReport, Long> {

    List<RuleOfLawReport> findAllByOrderByReportYearDescIdDesc();

    List<RuleOfLawReport> findByTownIdAndStateOrderByReportYearDescIdDesc(long townId, ReportState state);

    /** The reports of a town's year, newest first. */
    List<RuleOfLawReport> findByTownIdAndReportYearOrderByIdDesc(long townId, int reportYear);

    boolean existsByTownIdAndReportYearAndStateNot(long townId, int reportYear, ReportState state);
}
