package org.fazhi.publicity.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.fazhi.organization.OrgDirectory;
import org.fazhi.organization.OrgUnitView;
import org.fazhi.publicity.internal.DutyLists;
import org.fazhi.shared.web.FormPages;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** 普法责任清单 — the board of each department's duty items for the year, plan against done, and its API. */
@Controller
class DutyPages {

    private final DutyLists duties;
    private final OrgDirectory directory;
    private final FormPages forms;
    private final Clock clock;

    DutyPages(DutyLists duties, OrgDirectory directory, FormPages forms, Clock clock) {
        this.duties = duties;
        this.directory = directory;
        this.forms = forms;
        this.clock = clock;
    }

    record ItemJson(long id, int year, String unit, String content, int planned, int dueQuarter, long done,
                    boolean behind) {
    }

    record ItemRequest(Integer year, String content, Integer planned, Integer dueQuarter) {
    }

    @GetMapping("/publicity/duties")
    @PreAuthorize("hasAuthority('PUBLICITY_READ')")
    String board(@RequestParam(required = false) Integer year, Model model) {
        int y = year == null ? LocalDate.now(clock).getYear() : year;
        Map<String, List<DutyLists.Progress>> byUnit = new LinkedHashMap<>();
        duties.progress(y).forEach(p -> byUnit.computeIfAbsent(unitName(p.item().getHolderUnitId()),
                k -> new java.util.ArrayList<>()).add(p));
        model.addAttribute("year", y);
        model.addAttribute("byUnit", byUnit);
        return "publicity/duties";
    }

    @PostMapping("/publicity/duties")
    @PreAuthorize("hasAuthority('PUBLICITY_MANAGE')")
    String add(@RequestParam(required = false) Integer year, @RequestParam(required = false) String content,
               @RequestParam(required = false) Integer planned, @RequestParam(required = false) Integer dueQuarter,
               RedirectAttributes redirect, Model model) {
        return forms.submit(model, () -> {
            duties.add(year, content, planned, dueQuarter);
            redirect.addFlashAttribute("success", "publicity.duty.added");
            return "redirect:/publicity/duties?year=" + year;
        }, () -> board(year, model));
    }

    @GetMapping("/api/v1/publicity/duties")
    @ResponseBody
    @PreAuthorize("hasAuthority('PUBLICITY_READ')")
    List<ItemJson> list(@RequestParam int year) {
        return duties.progress(year).stream().map(this::json).toList();
    }

    @PostMapping("/api/v1/publicity/duties")
    @ResponseBody
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize("hasAuthority('PUBLICITY_MANAGE')")
    ItemJson create(@RequestBody ItemRequest rq) {
        var item = duties.add(rq.year(), rq.content(), rq.planned(), rq.dueQuarter());
        return duties.progress(item.getYear()).stream().filter(p -> p.item().getId().equals(item.getId()))
                .findFirst().map(this::json).orElseThrow();
    }

    private ItemJson json(DutyLists.Progress p) {
        return new ItemJson(p.item().getId(), p.item().getYear(), unitName(p.item().getHolderUnitId()),
                p.item().getContent(), p.item().getPlanned(), p.item().getDueQuarter(), p.done(), p.behind());
    }

    private String unitName(long id) {
        return directory.find(id).map(OrgUnitView::name).orElse("");
    }
}
