package org.fazhi.disclosure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.fazhi.FazhiApplication;
import org.fazhi.deadline.DeadlineEngine;
import org.fazhi.deadline.DeadlineStatus;
import org.fazhi.deadline.DeadlineView;
import org.fazhi.disclosure.internal.CatalogueItem;
import org.fazhi.disclosure.internal.CatalogueService;
import org.fazhi.organization.RunAs;
import org.fazhi.shared.RuleViolation;
import org.fazhi.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Correcting the date an item was formed moves its art. 26 publication clock in the deadline engine. */
class CatalogueEditTest extends IntegrationTest {

    static final LocalDate TODAY = LocalDate.now(FazhiApplication.ZONE);

    @Autowired
    CatalogueService catalogue;

    @Autowired
    DeadlineEngine engine;

    @Autowired
    RunAs runAs;

    private CatalogueItem form(String title, LocalDate formedOn) {
        return runAs.as("clerk", () -> catalogue.create("PLANNING", title, null, "正文（测试）", formedOn.toString(),
                null));
    }

    private CatalogueItem edit(long id, String title, LocalDate formedOn) {
        return runAs.as("clerk", () -> catalogue.edit(id, "PLANNING", title, "三政发〔2026〕9号", "更正后的正文",
                formedOn.toString()));
    }

    private DeadlineView clock(CatalogueItem item) {
        return runAs.as("clerk", () -> catalogue.clockOf(item).orElseThrow());
    }

    private List<DeadlineView> clocks(CatalogueItem item) {
        return runAs.as("clerk", () -> engine.ofSubject(CatalogueItem.CLOCK_SUBJECT, String.valueOf(item.getId())));
    }

    @Test
    void a_later_date_formed_restarts_the_publication_clock_from_that_date() {
        CatalogueItem item = form("规划（形成日期推后）", TODAY.minusDays(30));
        LocalDate dueOfFreshItem = clock(form("规划（对照）", TODAY.minusDays(10))).dueDate();
        DeadlineView before = clock(item);

        CatalogueItem edited = edit(item.getId(), "规划（形成日期推后，已更正）", TODAY.minusDays(10));

        DeadlineView c = clock(edited);
        assertThat(c.id()).isEqualTo(before.id());
        assertThat(clocks(edited)).hasSize(1);
        assertThat(c.periodStart()).isEqualTo(TODAY.minusDays(10));
        assertThat(c.restarts()).isEqualTo(1);
        assertThat(c.dueDate()).isEqualTo(dueOfFreshItem);
        assertThat(edited.formedOn()).isEqualTo(TODAY.minusDays(10));
        assertThat(edited.docNumber()).isEqualTo("三政发〔2026〕9号");
    }

    @Test
    void an_earlier_date_formed_stops_the_running_clock_and_starts_one_from_that_date() {
        CatalogueItem item = form("规划（形成日期提前）", TODAY.minusDays(5));
        LocalDate dueOfFreshItem = clock(form("规划（对照二）", TODAY.minusDays(40))).dueDate();
        DeadlineView before = clock(item);

        CatalogueItem edited = edit(item.getId(), "规划（形成日期提前）", TODAY.minusDays(40));

        DeadlineView now = clock(edited);
        assertThat(now.id()).isNotEqualTo(before.id());
        assertThat(clocks(edited)).extracting(DeadlineView::id).containsExactly(before.id(), now.id());
        DeadlineView old = clocks(edited).get(0);
        assertThat(old.status()).isEqualTo(DeadlineStatus.STOPPED);
        assertThat(old.stopReason()).contains(TODAY.minusDays(40).toString());
        assertThat(now.triggeredOn()).isEqualTo(TODAY.minusDays(40));
        assertThat(now.dueDate()).isEqualTo(dueOfFreshItem);
    }

    @Test
    void the_same_date_formed_leaves_the_clock_alone() {
        CatalogueItem item = form("规划（只改标题）", TODAY.minusDays(3));

        CatalogueItem edited = edit(item.getId(), "规划（只改标题，已更正）", TODAY.minusDays(3));

        assertThat(edited.title()).isEqualTo("规划（只改标题，已更正）");
        assertThat(clock(edited).restarts()).isZero();
    }

    @Test
    void the_date_formed_of_a_published_item_is_fixed() {
        CatalogueItem item = form("规划（已公开）", TODAY.minusDays(8));
        runAs.as("clerk", () -> catalogue.publish(item.getId(), TODAY.minusDays(2).toString()));

        assertThatThrownBy(() -> edit(item.getId(), "规划（已公开）改", TODAY.minusDays(9)))
                .isInstanceOf(RuleViolation.class).extracting(e -> ((RuleViolation) e).messageKey())
                .isEqualTo("disclosure.item.formedFixed");
        CatalogueItem unchanged = runAs.as("clerk", () -> catalogue.get(item.getId()));
        assertThat(unchanged.title()).isEqualTo("规划（已公开）");
        assertThat(unchanged.formedOn()).isEqualTo(TODAY.minusDays(8));
    }

    @Test
    void a_date_formed_in_the_future_is_refused() {
        CatalogueItem item = form("规划（未来日期）", TODAY.minusDays(1));

        assertThatThrownBy(() -> edit(item.getId(), "规划（未来日期）", TODAY.plusDays(1)))
                .isInstanceOf(RuleViolation.class).extracting(e -> ((RuleViolation) e).messageKey())
                .isEqualTo("disclosure.date.future");
    }
}
