package org.fazhi.counsel.internal;

/** The four measures of an advisor's service, as logged, summed, or required by the town's norms. */
public record ServiceCounts(int onSiteDays, int talks, int questions, int documents) {

    public static final ServiceCounts NONE = new ServiceCounts(0, 0, 0, 0);

    public ServiceCounts plus(ServiceCounts o) {
        return new ServiceCounts(onSiteDays + o.onSiteDays, talks + o.talks, questions + o.questions,
                documents + o.documents);
    }

    /** The share of a year's norm for {@code months} of twelve, rounded up (a part month counts whole). */
    public ServiceCounts forMonths(int months) {
        return new ServiceCounts(share(onSiteDays, months), share(talks, months), share(questions, months),
                share(documents, months));
    }

    private static int share(int yearly, int months) {
        return (yearly * months + 11) / 12;
    }

    /** Whether every measure reaches the one of {@code norm}. */
    public boolean meets(ServiceCounts norm) {
        return onSiteDays >= norm.onSiteDays && talks >= norm.talks && questions >= norm.questions
                && documents >= norm.documents;
    }
}
