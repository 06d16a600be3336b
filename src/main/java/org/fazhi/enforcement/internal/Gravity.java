package org.fazhi.enforcement.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/**
 * 案件情节 — what the filing records about the weight of a case: the grounds of the legal review before the decision
 * (《行政处罚法》第58条第1款第1–4项) and whether the leaders must discuss it collectively (第57条第2款).
 */
@Embeddable
public class Gravity {

    @Column(name = "major_public_interest", nullable = false)
    private boolean majorPublicInterest;
    @Column(name = "major_rights", nullable = false)
    private boolean majorRights;
    @Column(name = "complex_case", nullable = false)
    private boolean complexCase;
    @Column(name = "review_by_law", nullable = false)
    private boolean reviewByLaw;
    @Column(name = "collective", nullable = false)
    private boolean collective;

    protected Gravity() {
    }

    Gravity(boolean majorPublicInterest, boolean majorRights, boolean complexCase, boolean reviewByLaw,
            boolean collective) {
        this.majorPublicInterest = majorPublicInterest;
        this.majorRights = majorRights;
        this.complexCase = complexCase;
        this.reviewByLaw = reviewByLaw;
        this.collective = collective;
    }

    /**
     * 第58条第1款: (1) major public interest, (2) major rights of the party or a third person once a hearing was asked
     * for or held ({@code heard}), (3) a complex case, (4) review required by a law or regulation.
     */
    boolean major(boolean heard) {
        return majorPublicInterest || (majorRights && heard) || complexCase || reviewByLaw;
    }

    public boolean isMajorPublicInterest() { return majorPublicInterest; }
    public boolean isMajorRights() { return majorRights; }
    public boolean isComplexCase() { return complexCase; }
    public boolean isReviewByLaw() { return reviewByLaw; }
    public boolean isCollective() { return collective; }
}
