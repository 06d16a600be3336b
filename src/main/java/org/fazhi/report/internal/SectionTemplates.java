package org.fazhi.report.internal;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.fazhi.organization.scope.DataScope;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** 段落模板 — the wording each section of a new draft starts from: the installation's own, else the default. */
@Service
@Transactional
public class SectionTemplates {

    static final int MAX_LENGTH = 8000;

    private final SectionTemplateRepository templates;
    private final Map<String, String> defaults = TemplateText.defaults();
    private final Clock clock;

    SectionTemplates(SectionTemplateRepository templates, Clock clock) {
        this.templates = templates;
        this.clock = clock;
    }

    /** Every section's wording, in the order of the report. */
    @Transactional(readOnly = true)
    public Map<String, String> all() {
        Map<String, String> out = new LinkedHashMap<>();
        ReportOutline.SECTIONS.forEach(s -> out.put(s.key(), text(s.key())));
        return out;
    }

    /** The wording of a section. */
    @Transactional(readOnly = true)
    public String text(String key) {
        return templates.findBySectionKey(key).map(SectionTemplate::getBody)
                .orElseGet(() -> defaults.getOrDefault(key, ""));
    }

    /** The wording shipped with the platform. */
    @Transactional(readOnly = true)
    public String defaultText(String key) {
        return defaults.getOrDefault(key, "");
    }

    /** Whether the installation has its own wording of the section. */
    @Transactional(readOnly = true)
    public boolean customized(String key) {
        return templates.findBySectionKey(key).isPresent();
    }

    /**
     * The figures a section's wording may name, for the help next to the editor: those of its default wording and of
     * its wording now, in order of appearance ({@code {town}}, {@code {year}} and {@code {nextYear}} besides).
     */
    @Transactional(readOnly = true)
    public List<String> figureKeys(String key) {
        Set<String> keys = new LinkedHashSet<>(TemplateText.figureKeys(defaultText(key)));
        keys.addAll(TemplateText.figureKeys(text(key)));
        return List.copyOf(keys);
    }

    /** Removes the installation's wording: new drafts start from the default again (the removal is audited). */
    String reset(String key) {
        templates.findBySectionKey(key).ifPresent(templates::delete);
        return defaultText(key);
    }

    /** Sets the installation's wording of a section (checked by {@link RuleOfLawReports#updateTemplate}). */
    String update(String key, String body) {
        SectionTemplate t = templates.findBySectionKey(key).orElseGet(() -> new SectionTemplate(key));
        t.write(body, DataScope.currentUser().orElseThrow().getUsername(), clock.instant());
        templates.save(t);
        return body;
    }
}
