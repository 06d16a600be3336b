package org.fazhi.disclosure;

/**
 * 政府信息公开行政复议、行政诉讼情况 — the figures of table 四 of the annual disclosure report, which the module that
 * records lawsuits and reconsiderations against the town owns (the litigation module implements this interface as a
 * Spring bean; the disclosure module keeps no cases of its own). While no bean is present table 四 shows zeros and
 * says that no module records the cases. Answers for one town and one calendar year, in the caller's scope.
 * <p>
 * As the national form (国办公开办函〔2021〕30号) counts them: a case concluded in the year counts under its result; a
 * case received by the year's end and not concluded by then counts as 尚未审结.
 */
public interface DisclosureChallengeFigures {

    /** The three column groups of table 四. */
    enum Route {
        /** 行政复议 */
        RECONSIDERATION("行政复议"),
        /** 行政诉讼：未经复议直接起诉 */
        SUIT_DIRECT("行政诉讼（未经复议直接起诉）"),
        /** 行政诉讼：复议后起诉 */
        SUIT_AFTER_RECONSIDERATION("行政诉讼（复议后起诉）");

        private final String label;

        Route(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    /** The result columns of each group (总计 is their sum). */
    enum Result {
        /** 结果维持 */
        UPHELD("结果维持"),
        /** 结果纠正 */
        CORRECTED("结果纠正"),
        /** 其他结果 */
        OTHER("其他结果"),
        /** 尚未审结 */
        PENDING("尚未审结");

        private final String label;

        Result(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    /** The number of cases of the town for the year in one cell of table 四. */
    long count(long townId, int year, Route route, Result result);
}
