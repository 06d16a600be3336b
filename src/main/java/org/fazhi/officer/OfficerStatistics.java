package org.fazhi.officer;

/**
 * The year's certificate figures (the annual report quotes 申领 and 换证), computed in one place for the API, the
 * dashboard and the report.
 */
public interface OfficerStatistics {

    /**
     * Figures of the org unit (a town: the whole town; a department or village: the officers it holds; the district:
     * every town of the caller's scope) for the year. The caller must be able to see the unit.
     */
    Figures of(int year, long orgUnitId);

    /**
     * @param certificatesIssued    申领 events dated in the year
     * @param certificatesRenewed   换证 events dated in the year
     * @param certificatesCancelled 注销 events dated in the year
     * @param certificatesCleared   清理 events dated in the year
     * @param validCertificates     certificates valid on the year's last day, or today for the current year
     */
    record Figures(int year, long orgUnitId, long certificatesIssued, long certificatesRenewed,
                   long certificatesCancelled, long certificatesCleared, long validCertificates) {
    }
}
