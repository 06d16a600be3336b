package org.fazhi.mediation.internal;

import org.fazhi.organization.OrgUnitView;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Gives each dispute its case number (案号), one sequence per town and year, e.g. 海三星调〔2024〕12号. The counter row is
 * locked by its update, so two mediators registering at once get different numbers whatever their data scope.
 */
@Component
class CaseNumbers {

    private final JdbcTemplate jdbc;
    private final MediationSettings settings;

    CaseNumbers(JdbcTemplate jdbc, MediationSettings settings) {
        this.jdbc = jdbc;
        this.settings = settings;
    }

    Dispute.CaseNumber next(OrgUnitView town, int year) {
        int seq = increment(town.id(), year);
        String shortName = town.name().replaceAll("(镇|街道|乡)$", "");
        String text = settings.caseNumberTemplate().replace("{town}", shortName)
                .replace("{year}", String.valueOf(year)).replace("{seq}", String.valueOf(seq));
        return new Dispute.CaseNumber(year, seq, text);
    }

    private int increment(long townId, int year) {
        for (int attempt = 0; attempt < 3; attempt++) {
            int updated = jdbc.update("update mediation_case_counter set last_seq = last_seq + 1 "
                    + "where town_id = ? and case_year = ?", townId, year);
            if (updated == 1) {
                return jdbc.queryForObject("select last_seq from mediation_case_counter where town_id = ? "
                        + "and case_year = ?", Integer.class, townId, year);
            }
            try {
                jdbc.update("insert into mediation_case_counter (town_id, case_year, last_seq) values (?, ?, 1)",
                        townId, year);
                return 1;
            } catch (DuplicateKeyException e) {
                // another registration created the counter at the same moment: take the next number
            }
        }
        throw new IllegalStateException("no case number for town " + townId + " in " + year);
    }
}
