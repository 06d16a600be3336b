package org.fazhi.disclosure.web;

import java.time.LocalDate;
import java.util.List;
import java.util.function.Supplier;
import org.fazhi.FazhiApplication;
import org.fazhi.audit.AuditTrail;
import org.fazhi.deadline.DeadlineBadge;
import org.fazhi.disclosure.internal.CatalogueItem;
import org.fazhi.disclosure.internal.CatalogueService;
import org.fazhi.disclosure.internal.ItemCategory;
import org.fazhi.organization.scope.DataScope;
import org.fazhi.shared.Input;
import org.fazhi.shared.web.FormPages;
import org.springframework.context.MessageSource;
import org.springframework.data.domain.Page;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * 主动公开目录 in the staff console: the list with the publication clock of every unpublished item, the form to form or
 * correct an item, and the item's page with its next steps (publish; repeal a 行政规范性文件), files and history.
 */
@Controller
class CataloguePages {

    static final int PAGE_SIZE = 20;

    private final CatalogueService catalogue;
    private final AuditTrail audit;
    private final DataScope dataScope;
    private final MessageSource messages;
    private final FormPages forms;

    CataloguePages(CatalogueService catalogue, AuditTrail audit, DataScope dataScope, MessageSource messages,
                   FormPages forms) {
        this.forms = forms;
        this.catalogue = catalogue;
        this.audit = audit;
        this.dataScope = dataScope;
        this.messages = messages;
    }

    /** A list row: the item and, while unpublished, its publication clock. */
    record Row(CatalogueItem item, DeadlineBadge clock) {
    }

    /** Whether published: the list's state filter. */
    enum State {
        PUBLISHED, UNPUBLISHED,
        /** unpublished past the publication deadline (the dashboard's figure) */
        OVERDUE
    }

    @GetMapping("/disclosure/items")
    @PreAuthorize("hasAuthority('DISCLOSURE_READ')")
    String list(@RequestParam(required = false) String q, @RequestParam(required = false) String category,
                @RequestParam(required = false) String state, @RequestParam(defaultValue = "0") int page,
                Model model) {
        Input in = new Input();
        ItemCategory c = in.choice("category", ItemCategory.class, category, false);
        State s = in.choice("state", State.class, state, false);
        in.check();
        Page<CatalogueItem> result = s == State.OVERDUE ? overdue(page)
                : catalogue.list(q, c, s == null ? null : s == State.PUBLISHED, page, PAGE_SIZE);
        model.addAttribute("page", result);
        model.addAttribute("rows", result.getContent().stream().map(i -> new Row(i, i.publishedOn() != null ? null
                : catalogue.clockOf(i).map(k -> DeadlineBadge.of(k, messages)).orElse(null))).toList());
        model.addAttribute("categories", ItemCategory.values());
        model.addAttribute("states", State.values());
        model.addAttribute("q", q);
        model.addAttribute("category", c);
        model.addAttribute("state", s);
        model.addAttribute("base", UriComponentsBuilder.fromPath("/disclosure/items")
                .queryParamIfPresent("q", java.util.Optional.ofNullable(q).filter(v -> !v.isBlank()))
                .queryParamIfPresent("category", java.util.Optional.ofNullable(c))
                .queryParamIfPresent("state", java.util.Optional.ofNullable(s)).encode().build().toUriString());
        return "disclosure/items";
    }

    /** The unpublished items past their publication clock, by the same rule as the dashboard's figure. */
    private Page<CatalogueItem> overdue(int page) {
        List<CatalogueItem> all = catalogue.unpublished().stream().filter(i -> i.clock() != null
                && i.clock().status() == org.fazhi.deadline.DeadlineStatus.OVERDUE)
                .map(CatalogueService.ItemClock::item).toList();
        var request = org.springframework.data.domain.PageRequest.of(Math.max(page, 0), PAGE_SIZE);
        return new org.springframework.data.domain.PageImpl<>(all.stream().skip(request.getOffset())
                .limit(PAGE_SIZE).toList(), request, all.size());
    }

    @GetMapping("/disclosure/items/new")
    @PreAuthorize("hasAuthority('DISCLOSURE_WRITE')")
    String newForm(Model model) {
        return form(model, null, new DisclosureApi.ItemRequest(null, null, null, null, today().toString(), null));
    }

    @PostMapping("/disclosure/items")
    @PreAuthorize("hasAuthority('DISCLOSURE_WRITE')")
    String create(@ModelAttribute DisclosureApi.ItemRequest form, RedirectAttributes redirect, Model model) {
        return forms.submit(model, () -> {
            CatalogueItem item = catalogue.create(form.category(), form.title(), form.docNumber(), form.body(),
                    form.formedOn(), form.publishedOn());
            redirect.addFlashAttribute("success", "disclosure.item.created");
            return "redirect:/disclosure/items/" + item.getId();
        }, () -> form(model, null, form));
    }

    @GetMapping("/disclosure/items/{id}")
    @PreAuthorize("hasAuthority('DISCLOSURE_READ')")
    String detail(@PathVariable long id, Model model) {
        CatalogueItem item = catalogue.get(id);
        model.addAttribute("item", item);
        model.addAttribute("clock", catalogue.clockOf(item).map(k -> DeadlineBadge.of(k, messages)).orElse(null));
        model.addAttribute("lifecycle", CatalogueJson.lifecycle(item));
        model.addAttribute("canWrite", dataScope.canWriteHeldBy(item.getHolderUnitId()));
        model.addAttribute("history", audit.historyOf(CatalogueItem.class, id));
        model.addAttribute("today", today());
        return "disclosure/item";
    }

    @GetMapping("/disclosure/items/{id}/edit")
    @PreAuthorize("hasAuthority('DISCLOSURE_WRITE')")
    String editForm(@PathVariable long id, Model model) {
        CatalogueItem i = catalogue.get(id);
        return form(model, i, new DisclosureApi.ItemRequest(i.category().name(), i.title(), i.docNumber(), i.body(),
                i.formedOn().toString(), null));
    }

    @PostMapping("/disclosure/items/{id}")
    @PreAuthorize("hasAuthority('DISCLOSURE_WRITE')")
    String edit(@PathVariable long id, @ModelAttribute DisclosureApi.ItemRequest form, RedirectAttributes redirect, Model model) {
        return forms.submit(model, () -> {
            catalogue.edit(id, form.category(), form.title(), form.docNumber(), form.body(), form.formedOn());
            redirect.addFlashAttribute("success", "disclosure.item.saved");
            return "redirect:/disclosure/items/" + id;
        }, () -> form(model, catalogue.get(id), form));
    }

    @PostMapping("/disclosure/items/{id}/publish")
    @PreAuthorize("hasAuthority('DISCLOSURE_WRITE')")
    String publish(@PathVariable long id, @RequestParam(required = false) String publishedOn,
                   RedirectAttributes redirect, Model model) {
        return step(id, redirect, model, "disclosure.item.publishedNow", () -> catalogue.publish(id, publishedOn));
    }

    @PostMapping("/disclosure/items/{id}/repeal")
    @PreAuthorize("hasAuthority('DISCLOSURE_WRITE')")
    String repeal(@PathVariable long id, @RequestParam(required = false) String repealedOn,
                  RedirectAttributes redirect, Model model) {
        return step(id, redirect, model, "disclosure.item.repealedNow", () -> catalogue.repeal(id, repealedOn));
    }

    private String step(long id, RedirectAttributes redirect, Model model, String success,
                        Supplier<CatalogueItem> action) {
        return forms.submit(model, () -> {
            action.get();
            redirect.addFlashAttribute("success", success);
            return "redirect:/disclosure/items/" + id;
        }, () -> detail(id, model));
    }

    private String form(Model model, CatalogueItem item, DisclosureApi.ItemRequest form) {
        model.addAttribute("item", item);
        model.addAttribute("form", form);
        model.addAttribute("categories", ItemCategory.values());
        model.addAttribute("today", today());
        return "disclosure/item-form";
    }

    private static LocalDate today() {
        return LocalDate.now(FazhiApplication.ZONE);
    }
}
