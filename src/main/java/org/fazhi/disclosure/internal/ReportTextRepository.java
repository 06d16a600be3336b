package org.fazhi.disclosure.internal;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

/** The edited parts of annual reports, within the caller's data scope. */
public interface ReportTextRepository extends JpaRepository<ReportText, Long> {

    Optional<ReportText> findByHolderUnitIdAndReportYear(long holderUnitId, int reportYear);
}
