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
    private final Labels labels;
    private final MessageSource messages;

    WarningNotices(WarningService warnings, Labels labels, MessageSource messages) {
        this.warnings = warnings;
        this.labels = labels;
        this.messages = messages;
    }

    @Override
    public List<Notice> noticesOf(long townId) {
        return DataScope.asSystem(() -> warnings.inForce(townId)).stream().map(this::notice).toList();
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

    private static String time(Instant at) {
        return MINUTE.format(at.atZone(org.fazhi.FazhiApplication.ZONE));
    }
}
