package org.fazhi.legality.internal;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;
import org.fazhi.organization.OrgDirectory;
import org.fazhi.organization.OrgUnitView;
import org.fazhi.shared.Input;
import org.fazhi.shared.Like;
import org.fazhi.shared.NotFound;
import org.fazhi.shared.RuleViolation;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 政府合同登记 — the register of the town's contracts: entering one, linking the legality review of its draft, and
 * signing it once the review found it lawful. Each request is checked whole before the first write.
 */
@Service
@Transactional
public class Contracts {

    private final GovernmentContractRepository contracts;
    private final LegalityReviews reviews;
    private final OrgDirectory directory;
    private final Clock clock;

    Contracts(GovernmentContractRepository contracts, LegalityReviews reviews, OrgDirectory directory,
              Clock clock) {
        this.contracts = contracts;
        this.reviews = reviews;
        this.directory = directory;
        this.clock = clock;
    }

    public GovernmentContract register(String subject, Long orgUnitId, String counterparty, BigDecimal amount) {
        Input in = new Input();
        String s = in.text("subject", subject, 200, true);
        OrgUnitView unit = reviews.draftingUnit(in, orgUnitId);
        String party = in.text("counterparty", counterparty, 200, true);
        if (amount == null) {
            in.problem("amount", Input.REQUIRED);
        }
        BigDecimal sum = in.money("amount", amount);
        in.check();
        return contracts.save(new GovernmentContract(s, unit, party, sum, directory.get(unit.townId())));
    }

    /** Links the legality review of the draft (a review of kind 政府合同 of the same town). */
    public GovernmentContract linkReview(long id, Long reviewId) {
        GovernmentContract c = contract(id);
        LegalityReview r = reviews.linkable(reviewId, c.getTownId());
        c.linkReview(r);
        return c;
    }

    /** Marks the contract signed: refused before a lawful review. */
    public GovernmentContract sign(long id, LocalDate signedOn) {
        GovernmentContract c = contract(id);
        Input in = new Input();
        if (signedOn == null) {
            in.problem("signedOn", Input.REQUIRED);
        }
        in.notFuture("signedOn", signedOn, LocalDate.now(clock));
        in.check();
        c.sign(reviewOf(c).orElse(null), signedOn);
        return c;
    }

    @Transactional(readOnly = true)
    public GovernmentContract contract(long id) {
        return contracts.findById(id).orElseThrow(() -> new NotFound("contract", id));
    }

    @Transactional(readOnly = true)
    public Page<GovernmentContract> search(Boolean signed, String q, Pageable pageable) {
        return contracts.search(signed, Like.containing(q), pageable);
    }

    @Transactional(readOnly = true)
    public Optional<LegalityReview> reviewOf(GovernmentContract c) {
        return c.getReviewId() == null ? Optional.empty() : reviews.find(c.getReviewId());
    }
}
