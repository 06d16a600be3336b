package org.fazhi.publication;

/** The publication figures the enforcement statistics, the dashboards and the annual report quote. */
public interface PublicationStatistics {

    /** Figures of the decisions dated in {@code year} of the town of {@code orgUnitId} (or every visible town). */
    PublicationFigures figures(int year, Long orgUnitId);
}
