package org.fazhi.report.internal;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface FrozenFigureRepository extends JpaRepository<FrozenFigure, Long> {

    List<FrozenFigure> findByReportId(long reportId);
}
