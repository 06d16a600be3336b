package org.fazhi.publication;

import java.time.LocalDate;
import java.util.List;

/**
 * 公示及时性 — what the supervision of enforcement reads of the publication desk: the decisions published after their
 * due date (国办发〔2018〕118号: a penalty or licence decision within 7 working days, any other within 20). A decision
 * still waiting past its due date is no answer here: its publication clock is overdue. Reads follow the caller's scope.
 */
public interface PublicationTimeliness {

    /** A decision published late: its publication, case and decision numbers, holder, dates. */
    record LatePublication(long id, long holderUnitId, String caseNumber, String decisionNumber, String title,
                           LocalDate decidedOn, LocalDate dueOn, LocalDate publishedOn) {
    }

    /** The decisions dated from {@code decidedFrom} to the day before {@code decidedBefore} published late. */
    List<LatePublication> publishedLate(LocalDate decidedFrom, LocalDate decidedBefore);
}
