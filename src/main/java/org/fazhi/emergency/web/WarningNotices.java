package org.fazhi.emergency.web;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import org.fazhi.emergency.internal.Warning;
import org.fazhi.emergency.internal.WarningService;
import org.fazhi.organization.scope.DataScope;
import org.fazhi.shared.PortalNotices;
import org.fazhi.shared.web.Labels;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/** The town's warnings in force as banners on its portal front page, the highest level first. */
@Component
class WarningNotices implements PortalNotices {

    private static final DateTimeFormatter MINUTE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private final WarningService warnings;
    private final org.fazhi.emergency.internal.IncidentService incidents;
    private final Labels labels;
    private final MessageSource messages;

    WarningNotices(WarningService warnings, org.fazhi.emergency.internal.IncidentService incidents, Labels labels,
                   MessageSource messages) {
        this.warnings = warnings;
        this.incidents = incidents;
        this.labels = labels;
        this.messages = messages;
    }

    /**
     * The warnings in force, then the information published about the town's incidents still being handled (信息发布:
     * accurate and timely, on the front page while the incident lasts).
     */
    @Override
    public List<Notice> noticesOf(long townId) {
        List<Notice> all = new ArrayList<>(DataScope.asSystem(() -> warnings.inForce(townId)).stream()
                .map(this::notice).toList());
        DataScope.asSystem(() -> incidents.publishedOf(townId)).stream()
                .filter(i -> i.getState() != org.fazhi.emergency.internal.IncidentState.CLOSED)
                .map(this::information).forEach(all::add);
        return all;
    }

    private Notice information(org.fazhi.emergency.internal.Incident i) {
        var locale = LocaleContextHolder.getLocale();
        return new Notice("incident-" + i.getId(), "info",
                messages.getMessage("emergency.banner.information", null, locale),
                labels.of(i.getSeverity()) + " · " + labels.of(i.getKind()) + " · " + i.getPlace(),
                // numbers that identify a person (ID, phone) never reach the public page, whatever was typed
                List.of(org.fazhi.shared.PersonalMasking.scrub(i.getPublicInfo()),
                        messages.getMessage("emergency.banner.publishedAt",
                        new Object[] {time(i.getPublicInfoAt())}, locale)));
    }

    /** A warning as its banner: the level, the title, what to do, where and until when. */
    Notice notice(Warning w) {
        var locale = LocaleContextHolder.getLocale();
        List<String> lines = new ArrayList<>();
        lines.add(messages.getMessage("emergency.banner.measures", new Object[] {w.getMeasures()}, locale));
        if (w.getArea() != null && !w.getArea().isBlank()) {
            lines.add(messages.getMessage("emergency.banner.area", new Object[] {w.getArea()}, locale));
        }
        lines.add(w.getValidUntil() == null
                ? messages.getMessage("emergency.banner.from", new Object[] {time(w.getValidFrom())}, locale)
                : messages.getMessage("emergency.banner.period",
                new Object[] {time(w.getValidFrom()), time(w.getValidUntil())}, locale));
        return new Notice("warning-" + w.getId(), w.getLevel().name().toLowerCase(java.util.Locale.ROOT),
                messages.getMessage("emergency.banner.heading", new Object[] {labels.of(w.getLevel())}, locale),
                w.getTitle(), lines);
    }

    /** Each level's banner heading in the current language, by the level's name: for the editor's preview. */
    java.util.Map<String, String> headings() {
        var locale = LocaleContextHolder.getLocale();
        java.util.Map<String, String> headings = new java.util.LinkedHashMap<>();
        for (org.fazhi.emergency.internal.WarningLevel l : org.fazhi.emergency.internal.WarningLevel.values()) {
            headings.put(l.name(), messages.getMessage("emergency.banner.heading", new Object[] {labels.of(l)},
                    locale));
        }
        return headings;
    }

    private static String time(Instant at) {
        return MINUTE.format(at.atZone(org.fazhi.FazhiApplication.ZONE));
    }
}
