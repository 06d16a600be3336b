package org.fazhi.legality.internal;

import java.util.List;
import org.fazhi.legality.MajorDecisionSignals;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** {@link MajorDecisionSignals} from the decisions themselves, read in the caller's scope. */
@Component
class MajorDecisionSignalsQuery implements MajorDecisionSignals {

    private final MajorDecisions decisions;

    MajorDecisionSignalsQuery(MajorDecisions decisions) {
        this.decisions = decisions;
    }

    @Override
    @Transactional(readOnly = true)
    public List<DiscussedWithoutCounsel> discussedWithoutCounsel() {
        return decisions.discussedWithoutCounsel().stream()
                .map(d -> new DiscussedWithoutCounsel(d.getId(), d.getTitle(), d.getTownId(), d.getHeldOn()))
                .toList();
    }
}
