package org.fazhi.supervision.internal;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;

/**
 * 随机抽取 — which cases of each department a review round draws: at least the minimum, and at least the share of the
 * department's cases (rounded up), all of them when it has fewer. The draw depends only on the seed and the cases:
 * departments in the order of their ids, each department's cases in the order of their ids, shuffled by one
 * {@link Random} seeded once — the same seed on the same cases gives the same draw.
 */
public final class CaseDraw {

    private CaseDraw() {
    }

    /** How many of a department's {@code cases} are drawn. */
    public static int sampleSize(int cases, int minimum, int sharePercent) {
        int share = (cases * sharePercent + 99) / 100;
        return Math.min(cases, Math.max(minimum, share));
    }

    /**
     * The pool as the round keeps it, so that anyone can repeat the draw later, whatever happened to the cases since:
     * {@code department:case,case;department:case}, departments and cases in id order.
     */
    public static String encode(Map<Long, List<Long>> casesByDepartment) {
        StringBuilder out = new StringBuilder();
        new TreeMap<>(casesByDepartment).forEach((department, cases) -> {
            out.append(out.isEmpty() ? "" : ";").append(department).append(':');
            out.append(String.join(",", cases.stream().sorted().map(String::valueOf).toList()));
        });
        return out.toString();
    }

    /** The pool {@link #encode} wrote. */
    public static Map<Long, List<Long>> decode(String pool) {
        Map<Long, List<Long>> out = new TreeMap<>();
        if (pool == null || pool.isBlank()) {
            return out;
        }
        for (String department : pool.split(";")) {
            String[] parts = department.split(":", 2);
            out.put(Long.parseLong(parts[0]), parts[1].isEmpty() ? List.of()
                    : java.util.Arrays.stream(parts[1].split(",")).map(Long::parseLong).toList());
        }
        return out;
    }

    /** The ids drawn per department (in id order), from the case ids per department. */
    public static Map<Long, List<Long>> draw(Map<Long, List<Long>> casesByDepartment, long seed, int minimum,
                                             int sharePercent) {
        Random random = new Random(seed);
        Map<Long, List<Long>> drawn = new TreeMap<>();
        for (Map.Entry<Long, List<Long>> e : new TreeMap<>(casesByDepartment).entrySet()) {
            List<Long> pool = new ArrayList<>(e.getValue());
            Collections.sort(pool);
            Collections.shuffle(pool, random);
            List<Long> taken = new ArrayList<>(pool.subList(0, sampleSize(pool.size(), minimum, sharePercent)));
            Collections.sort(taken);
            drawn.put(e.getKey(), List.copyOf(taken));
        }
        return drawn;
    }
}
