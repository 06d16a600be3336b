package org.fazhi.ledger.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Map;
import org.fazhi.ledger.LedgerImports;
import org.fazhi.ledger.UnsupportedLedgerFile;
import org.fazhi.ledger.internal.ImportJob;
import org.fazhi.ledger.internal.ImportJobs;
import org.fazhi.ledger.internal.LedgerTemplates;
import org.fazhi.shared.RuleViolation;
import org.fazhi.shared.web.FormPages;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.multipart.MultipartFile;

/**
 * 台账导入 page: choose a ledger, download its template, upload; the import runs in the background behind a progress
 * bar (polled by {@code app.js} through {@code data-progress-url}) and ends on a page listing every rejected row.
 */
@Controller
class ImportPages {

    private final LedgerImports imports;
    private final ImportJobs jobs;
    private final LedgerTemplates templates;
    private final FormPages forms;

    ImportPages(LedgerImports imports, ImportJobs jobs, LedgerTemplates templates, FormPages forms) {
        this.forms = forms;
        this.imports = imports;
        this.jobs = jobs;
        this.templates = templates;
    }

    @GetMapping("/imports")
    @PreAuthorize("hasAuthority('LEDGER_IMPORT')")
    String page(Model model) {
        model.addAttribute("ledgers", imports.permitted());
        model.addAttribute("templates", templates);
        model.addAttribute("jobs", jobs.mine());
        return "ledger/imports";
    }

    /** Starts an import (htmx form); the browser is sent to the job's page, or the form shows why the file is refused. */
    @PostMapping("/imports")
    @PreAuthorize("hasAuthority('LEDGER_IMPORT')")
    String start(@RequestParam String ledger, @RequestPart("file") MultipartFile file, Model model,
                 HttpServletRequest request, HttpServletResponse response) {
        return forms.submit(model, () -> {
            ImportJob job = start(ledger, file);
            response.setHeader("HX-Redirect", request.getContextPath() + "/imports/jobs/" + job.getId());
            return "ledger/imports :: problem";
        }, () -> "ledger/imports :: problem");
    }

    private ImportJob start(String ledger, MultipartFile file) {
        try {
            return jobs.start(ledger, file);
        } catch (UnsupportedLedgerFile e) {
            throw new RuleViolation("ledger.file.unsupported");
        }
    }

    @GetMapping("/imports/jobs/{id}")
    @PreAuthorize("hasAuthority('LEDGER_IMPORT')")
    String job(@PathVariable String id, Model model) {
        model.addAttribute("job", jobs.get(id));
        return "ledger/job";
    }

    @GetMapping(value = "/imports/jobs/{id}/progress", produces = "application/json")
    @PreAuthorize("hasAuthority('LEDGER_IMPORT')")
    @ResponseBody
    Map<String, Object> progress(@PathVariable String id) {
        ImportJob job = jobs.get(id);
        return Map.of("state", job.state().name(), "processed", job.getProcessed(), "total", job.getTotal(),
                "done", job.isDone(),
                "imported", job.getImported(), "skipped", job.getSkipped(), "rejectedRows", job.getRejectedRows());
    }

    @PostMapping("/imports/jobs/{id}/cancel")
    @PreAuthorize("hasAuthority('LEDGER_IMPORT')")
    String cancel(@PathVariable String id) {
        jobs.cancel(id);
        return "redirect:/imports/jobs/" + id;
    }
}
