package org.fazhi.disclosure.internal;

import jakarta.persistence.criteria.Predicate;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.fazhi.deadline.DeadlineEngine;
import org.fazhi.deadline.DeadlineView;
import org.fazhi.deadline.OfficialCalendar;
import org.fazhi.organization.scope.DataScope;
import org.fazhi.organization.OrgDirectory;
import org.fazhi.organization.OrgUnitView;
import org.fazhi.shared.AccessDenied;
import org.fazhi.shared.Input;
import org.fazhi.shared.NotFound;
import org.fazhi.shared.Like;
import org.fazhi.shared.PublicQuery;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** 主动公开目录 — keeps the catalogue: forms items (starting their art. 26 clock), publishes and repeals them. */
@Service
@Transactional
public class CatalogueService {

    /** Page size limits of the catalogue lists. */
    public static final int MAX_PAGE_SIZE = 100;

    private final CatalogueRepository items;
    private final DeadlineEngine engine;
    private final OfficialCalendar calendar;
    private final Clock clock;
    private final OrgDirectory directory;

    CatalogueService(CatalogueRepository items, DeadlineEngine engine, OfficialCalendar calendar, Clock clock,
                     OrgDirectory directory) {
        this.directory = directory;
        this.items = items;
        this.engine = engine;
        this.calendar = calendar;
        this.clock = clock;
    }

    /** Forms an item; when {@code publishedOn} is given it is published at once. */
    public CatalogueItem create(String category, String title, String docNumber, String body, String formedOn,
                                String publishedOn) {
        Input in = new Input();
        Fields f = fields(in, category, title, docNumber, body, formedOn);
        LocalDate published = in.date("publishedOn", publishedOn, false);
        in.check();
        OrgUnitView holder = DataScope.currentUser().map(u -> u.homeUnit()).filter(u -> u.townId() != null)
                .orElseThrow(() -> new AccessDenied("error.scope.write"));
        StepContext ctx = context();
        CatalogueItem item = CatalogueItem.form(f.category(), f.title(), f.docNumber(), f.body(), f.formedOn(), holder,
                ctx.today());
        if (published != null) {
            // checked before the first write, so that a refused date leaves nothing behind
            item.checkPublication(published, ctx.today());
        }
        items.save(item);
        item.startClock(holder, ctx);
        if (published != null) {
            item.publish(published, ctx);
        }
        return item;
    }

    /**
     * Corrects an item: category, title, number, body and the date formed; a new date formed of an unpublished item
     * moves its publication clock (art. 26: 20 working days from the day the information is formed).
     */
    public CatalogueItem edit(long id, String category, String title, String docNumber, String body,
                              String formedOn) {
        Input in = new Input();
        Fields f = fields(in, category, title, docNumber, body, formedOn);
        in.check();
        CatalogueItem item = load(id);
        item.edit(f.category(), f.title(), f.docNumber(), f.body(), f.formedOn(),
                directory.get(item.getHolderUnitId()), context());
        return item;
    }

    /** The fields an item is formed or corrected with. */
    private record Fields(ItemCategory category, String title, String docNumber, String body, LocalDate formedOn) {
    }

    private static Fields fields(Input in, String category, String title, String docNumber, String body,
                                 String formedOn) {
        return new Fields(in.choice("category", ItemCategory.class, category, true),
                in.text("title", title, 200, true), in.text("docNumber", docNumber, 100, false),
                in.text("body", body, CatalogueItem.MAX_BODY, true), in.date("formedOn", formedOn, true));
    }

    public CatalogueItem publish(long id, String publishedOn) {
        Input in = new Input();
        LocalDate on = in.date("publishedOn", publishedOn, true);
        in.check();
        CatalogueItem item = load(id);
        item.publish(on, context());
        return item;
    }

    public CatalogueItem repeal(long id, String repealedOn) {
        Input in = new Input();
        LocalDate on = in.date("repealedOn", repealedOn, true);
        in.check();
        CatalogueItem item = load(id);
        item.repeal(on, LocalDate.now(clock));
        return item;
    }

    @Transactional(readOnly = true)
    public CatalogueItem get(long id) {
        return load(id);
    }

    @Transactional(readOnly = true)
    public Optional<DeadlineView> clockOf(CatalogueItem item) {
        return item.clock(engine);
    }

    /**
     * Items matching a keyword (title, number, body) and a category; {@code publishedOnly} for the portal, which
     * runs as the platform and names the town it shows.
     */
    @Transactional(readOnly = true)
    public Page<CatalogueItem> search(String q, ItemCategory category, Long townId, boolean publishedOnly, int page,
                                      int size) {
        Sort sort = publishedOnly ? Sort.by(Sort.Order.desc("publishedOn"), Sort.Order.desc("id"))
                : Sort.by(Sort.Order.desc("formedOn"), Sort.Order.desc("id"));
        return items.findAll(spec(q, category, townId, publishedOnly ? Boolean.TRUE : null), pageOf(page, size, sort));
    }

    /** The staff list: the caller's items by keyword, category and whether published ({@code null}: all). */
    @Transactional(readOnly = true)
    public Page<CatalogueItem> list(String q, ItemCategory category, Boolean published, int page, int size) {
        return items.findAll(spec(q, category, null, published), pageOf(page, size,
                Sort.by(Sort.Order.desc("formedOn"), Sort.Order.desc("id"))));
    }

    private static PageRequest pageOf(int page, int size, Sort sort) {
        return PageRequest.of(Math.max(0, page), Math.min(Math.max(1, size), MAX_PAGE_SIZE), sort);
    }

    private static Specification<CatalogueItem> spec(String q, ItemCategory category, Long townId,
                                                     Boolean published) {
        return (root, query, cb) -> {
            List<Predicate> p = new ArrayList<>();
            if (q != null && !q.isBlank()) {
                // a document number however typed ([2024]第3号, 2024-3) is compared in its issued form 〔2024〕3号
                java.util.Optional<String> number = PublicQuery.caseNumber(q);
                String like = Like.containingLowerCase(number.orElseGet(() -> PublicQuery.text(q)));
                jakarta.persistence.criteria.Expression<String> docNumber = number.isEmpty() ? root.get("docNumber")
                        : cb.function("replace", String.class, root.get("docNumber"),
                                cb.literal(PublicQuery.ISSUED_ORDINAL), cb.literal("〕"));
                p.add(cb.or(cb.like(cb.lower(root.get("title")), like, Like.ESCAPE),
                        cb.like(cb.lower(docNumber), like, Like.ESCAPE),
                        cb.like(cb.lower(root.get("body")), like, Like.ESCAPE)));
            }
            if (category != null) {
                p.add(cb.equal(root.get("category"), category));
            }
            if (townId != null) {
                p.add(cb.equal(root.get("townId"), townId));
            }
            if (published != null) {
                p.add(published ? cb.isNotNull(root.get("publishedOn")) : cb.isNull(root.get("publishedOn")));
            }
            return cb.and(p.toArray(Predicate[]::new));
        };
    }

    /** Unpublished items with their clocks (the dashboard picks those past due). */
    @Transactional(readOnly = true)
    public List<ItemClock> unpublished() {
        return items.findByPublishedOnIsNullOrderByFormedOnAsc().stream()
                .map(i -> new ItemClock(i, clockOf(i).orElse(null))).toList();
    }

    /** An item with its publication clock. */
    public record ItemClock(CatalogueItem item, DeadlineView clock) {
    }

    private CatalogueItem load(long id) {
        return items.findById(id).orElseThrow(() -> new NotFound("disclosure-item", id));
    }

    private StepContext context() {
        String actor = DataScope.currentUser().map(u -> u.getUsername()).orElse("system");
        return new StepContext(engine, calendar.snapshot(), LocalDate.now(clock), actor);
    }
}
