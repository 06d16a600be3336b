package org.fazhi.audit.web;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.fazhi.audit.AuditQuery;
import org.fazhi.audit.AuditTrail;
import org.fazhi.audit.ChainVerifications;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.data.domain.PageRequest;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * 审计日志 — the audit administrator browses the trail and proves it untampered. The filters are lists of what there
 * is to find (modules, record types, actions and the users who acted in the caller's scope), so a search never
 * depends on typing a code.
 */
@Controller
@RequestMapping("/audit")
class AuditPages {

    /** One choice of a filter list: the value sent and its label. */
    record Option(String value, String label) {
    }

    private final AuditTrail trail;
    private final AuditVocabulary vocabulary;
    private final ReadableEvents readable;
    private final MessageSource messages;
    private final ChainVerifications verifications;

    AuditPages(AuditTrail trail, AuditVocabulary vocabulary, ReadableEvents readable, MessageSource messages,
               ChainVerifications verifications) {
        this.trail = trail;
        this.verifications = verifications;
        this.vocabulary = vocabulary;
        this.readable = readable;
        this.messages = messages;
    }

    @GetMapping
    @PreAuthorize("hasAuthority('AUDIT_READ')")
    String list(@RequestParam(required = false) String module, @RequestParam(required = false) String entityType,
                @RequestParam(required = false) String action, @RequestParam(required = false) String actor,
                @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
                @RequestParam(defaultValue = "0") int page, Model model) {
        Collection<String> types = entityType != null && !entityType.isBlank() ? List.of(entityType.strip())
                : module != null && !module.isBlank() ? vocabulary.typesOf(module.strip()) : null;
        var result = trail.search(new AuditQuery(actor, types, actionQuery(action), from, to),
                PageRequest.of(Math.max(page, 0), 50));
        model.addAttribute("page", result);
        model.addAttribute("events", readable.read(result.getContent()));
        model.addAttribute("modules", vocabulary.modules().stream()
                .filter(m -> label("audit.module." + m) != null)
                .map(m -> new Option(m, label("audit.module." + m))).toList());
        model.addAttribute("types", typeOptions(module));
        model.addAttribute("actions", vocabulary.actionCodes().stream()
                .map(c -> new Option(c, readable.actionLabel(c)))
                .sorted(Comparator.comparing(Option::label)).toList());
        model.addAttribute("actors", trail.actors());
        model.addAttribute("base", UriComponentsBuilder.fromPath("/audit")
                .queryParamIfPresent("module", present(module)).queryParamIfPresent("entityType", present(entityType))
                .queryParamIfPresent("action", present(action)).queryParamIfPresent("actor", present(actor))
                .queryParamIfPresent("from", Optional.ofNullable(from)).queryParamIfPresent("to", Optional.ofNullable(to))
                .encode().build().toUriString());
        model.addAttribute("module", module);
        model.addAttribute("actor", actor);
        model.addAttribute("entityType", entityType);
        model.addAttribute("action", action);
        model.addAttribute("from", from);
        model.addAttribute("to", to);
        if (SecurityContextHolder.getContext().getAuthentication().getAuthorities().stream()
                .anyMatch(a -> "AUDIT_VERIFY".equals(a.getAuthority()))) {
            model.addAttribute("run", verifications.latest());
        }
        return "audit/list";
    }

    /** The record types to choose from, of the chosen module; only types the bundles name (not test records). */
    private List<Option> typeOptions(String module) {
        Collection<String> types = module != null && !module.isBlank() ? vocabulary.typesOf(module.strip())
                : vocabulary.entities().keySet();
        return types.stream().filter(t -> label("audit.entity." + t) != null)
                .map(t -> new Option(t, label("audit.entity." + t)))
                .sorted(Comparator.comparing(Option::label)).toList();
    }

    /**
     * The trail's action for a chosen code: {@code SECURITY.LOCK} is the action {@code SECURITY:LOCK}; a code with
     * kinds of its own ({@code SECURITY}) finds all of them. An action as the trail writes it ({@code SECURITY:})
     * is taken as it is.
     */
    String actionQuery(String code) {
        if (code == null || code.isBlank() || code.contains(":")) {
            return code;
        }
        String c = code.strip();
        boolean family = vocabulary.actionCodes().stream().anyMatch(k -> k.startsWith(c + "."));
        return c.replace('.', ':') + (family ? ":" : "");
    }

    private static Optional<String> present(String value) {
        return value == null || value.isBlank() ? Optional.empty() : Optional.of(value);
    }

    private String label(String key) {
        return messages.getMessage(key, null, null, LocaleContextHolder.getLocale());
    }

    /** Starts verifying the whole chain in the background (or joins the running verification) and shows it. */
    @PostMapping("/verify")
    @PreAuthorize("hasAuthority('AUDIT_VERIFY')")
    String verify(Model model) {
        model.addAttribute("run", verifications.start());
        return "audit/list :: verification";
    }

    /** The verification's progress, asked for every second by the page while it runs; its result once ended. */
    @GetMapping("/verification")
    @PreAuthorize("hasAuthority('AUDIT_VERIFY')")
    String verification(Model model) {
        model.addAttribute("run", verifications.latest());
        return "audit/list :: verification";
    }
}
