package org.fazhi.mediation.internal;

import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.fazhi.organization.OrgUnitView;
import org.fazhi.shared.TransactionBuffer;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Gives each dispute its case number (案号), one sequence per town and year, e.g. 海三星调〔2024〕12号. The counter row is
 * locked ({@code select … for update}) by the first number a transaction takes, so two mediators registering at once
 * get different numbers whatever their data scope. Further numbers of the same transaction are counted on from the
 * locked value and the counter is written once before the commit: a chunk of an imported ledger takes hundreds of
 * numbers with one lock and one update per town and year instead of two statements per number.
 */
@Component
class CaseNumbers {

    private final JdbcTemplate jdbc;
    private final MediationSettings settings;
    /** The numbers the current transaction has taken so far, written to the counters just before it commits. */
    private final TransactionBuffer<Map<Counter, Integer>> taken;

    CaseNumbers(JdbcTemplate jdbc, MediationSettings settings) {
        this.jdbc = jdbc;
        this.settings = settings;
        this.taken = new TransactionBuffer<>(LinkedHashMap::new, this::store, 0);
    }

    CaseNumber next(OrgUnitView town, int year) {
        int seq = increment(town.id(), year);
        String shortName = town.name().replaceAll("(镇|街道|乡)$", "");
        String text = settings.caseNumberTemplate().replace("{town}", shortName)
                .replace("{year}", String.valueOf(year)).replace("{seq}", String.valueOf(seq));
        return new CaseNumber(year, seq, text);
    }

    /**
     * Locks the counters of a town's years that exist and the current transaction has not locked yet, in one
     * statement and in year order; a counter still missing is created at its first number, as before.
     */
    void lock(long townId, Collection<Integer> years) {
        requireTransaction();
        Map<Counter, Integer> taken = this.taken.get();
        List<Integer> open = years.stream().filter(y -> !taken.containsKey(new Counter(townId, y))).sorted().toList();
        if (open.isEmpty()) {
            return;
        }
        List<Object> args = new ArrayList<>(open.size() + 1);
        args.add(townId);
        args.addAll(open);
        jdbc.query("select case_year, last_seq from mediation_case_counter where town_id = ? and case_year in ("
                        + String.join(", ", Collections.nCopies(open.size(), "?")) + ") order by case_year for update",
                (ResultSet rs) -> {
                    taken.put(new Counter(townId, rs.getInt(1)), rs.getInt(2));
                }, args.toArray());
    }

    /** A counter of one town and year, locked by the current transaction and counted on in memory. */
    private record Counter(long townId, int year) {
    }

    private int increment(long townId, int year) {
        requireTransaction();
        Map<Counter, Integer> taken = this.taken.get();
        int seq = taken.computeIfAbsent(new Counter(townId, year), c -> locked(townId, year)) + 1;
        taken.put(new Counter(townId, year), seq);
        return seq;
    }

    private static void requireTransaction() {
        if (!TransactionSynchronizationManager.isActualTransactionActive()) {
            // the counter's lock lasts as long as the transaction: without one, two callers could read the same number
            throw new IllegalStateException("case numbers are taken inside a transaction");
        }
    }

    /** The counter's last number, its row locked until the transaction ends; created at 0 when missing. */
    private int locked(long townId, int year) {
        for (int attempt = 0; attempt < 3; attempt++) {
            List<Integer> last = jdbc.queryForList("select last_seq from mediation_case_counter where town_id = ? "
                    + "and case_year = ? for update", Integer.class, townId, year);
            if (!last.isEmpty()) {
                return last.get(0);
            }
            try {
                jdbc.update("insert into mediation_case_counter (town_id, case_year, last_seq) values (?, ?, 0)",
                        townId, year);
            } catch (DuplicateKeyException e) {
                // another registration created the counter at the same moment: lock that one
            }
        }
        throw new IllegalStateException("no case number for town " + townId + " in " + year);
    }

    private void store(Map<Counter, Integer> taken) {
        if (taken.isEmpty()) {
            return;
        }
        jdbc.batchUpdate("update mediation_case_counter set last_seq = ? where town_id = ? and case_year = ?",
                taken.entrySet().stream().map(e -> new Object[] {e.getValue(), e.getKey().townId(), e.getKey().year()})
                        .toList());
    }
}
