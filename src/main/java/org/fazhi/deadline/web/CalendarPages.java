package org.fazhi.deadline.web;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import org.fazhi.deadline.DayKind;
import org.fazhi.deadline.NextYearReminder;
import org.fazhi.deadline.WorkingCalendar;
import org.fazhi.deadline.internal.CalendarAdmin;
import org.fazhi.deadline.internal.CalendarService;
import org.fazhi.deadline.internal.DateRanges;
import org.fazhi.shared.RuleViolation;
import org.fazhi.shared.web.FormPages;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * 工作日历页面 — the calendar of a year as month grids and a list of its exceptions, a working-day calculator for
 * staff, and the edit form of the system administrator.
 */
@Controller
class CalendarPages {

    private static final java.time.format.DateTimeFormatter UPDATED_AT =
            java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private final CalendarService calendar;
    private final CalendarAdmin admin;
    private final CalendarWarnings warnings;
    private final MessageSource messages;
    private final Clock clock;
    private final FormPages forms;

    CalendarPages(CalendarService calendar, CalendarAdmin admin, CalendarWarnings warnings, MessageSource messages,
                  Clock clock, FormPages forms) {
        this.forms = forms;
        this.calendar = calendar;
        this.admin = admin;
        this.warnings = warnings;
        this.messages = messages;
        this.clock = clock;
    }

    /** One day of a month grid; {@code date} is {@code null} for the blanks before the first and after the last. */
    record Cell(LocalDate date, DayKind kind) {
    }

    record MonthGrid(int month, List<List<Cell>> weeks) {
    }

    /** The edit form as typed, kept on a failed submit. */
    record YearForm(int year, String note, String holidays, String adjustedWorkdays) {
    }

    @GetMapping("/calendar")
    @PreAuthorize("hasAuthority('STAFF_BASIC')")
    String page(@RequestParam(required = false) Integer year,
                @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                @RequestParam(required = false) Integer days, Model model) {
        int shown = year != null && year >= CalendarAdmin.FIRST_YEAR && year <= CalendarAdmin.LAST_YEAR ? year
                : LocalDate.now(clock).getYear();
        fill(model, shown, null);
        if (from != null && days != null && days >= 1 && days <= CalendarApi.MAX_DAYS) {
            WorkingCalendar cal = calendar.snapshot();
            LocalDate result = cal.addWorkingDays(from, days);
            model.addAttribute("calcResult", messages.getMessage("calendar.calc.result", new Object[] {
                    from.toString(), String.valueOf(days), result.toString(),
                    weekdays()[result.getDayOfWeek().getValue() - 1]},
                    LocaleContextHolder.getLocale()));
            model.addAttribute("calcWarning", warnings.forRange(cal, from, result));
        }
        model.addAttribute("calcFrom", from);
        model.addAttribute("calcDays", days);
        return "calendar/index";
    }

    /** The dashboard section reminding the administrator of a calendar year to enter (empty when none is due). */
    @GetMapping("/calendar/reminder")
    @PreAuthorize("hasAuthority('CALENDAR_MANAGE')")
    String reminder(Model model) {
        model.addAttribute("yearsToEnter", NextYearReminder.yearsToEnter(calendar.snapshot(), LocalDate.now(clock))
                .stream().map(String::valueOf).toList());
        return "calendar/reminder-fragment";
    }

    @PostMapping("/calendar/years")
    @PreAuthorize("hasAuthority('CALENDAR_MANAGE')")
    String save(@RequestParam int year, @RequestParam(required = false) String note,
                @RequestParam(required = false) String holidays,
                @RequestParam(required = false) String adjustedWorkdays, Model model,
                RedirectAttributes redirect) {
        YearForm form = new YearForm(year, note, holidays, adjustedWorkdays);
        return forms.submit(model, () -> {
            DateRanges.Parsed h = DateRanges.parse(holidays);
            DateRanges.Parsed a = DateRanges.parse(adjustedWorkdays);
            List<RuleViolation.FieldProblem> unreadable = new ArrayList<>();
            h.unreadable().forEach(t -> unreadable.add(new RuleViolation.FieldProblem("holidays",
                    "calendar.dates.unreadable", t)));
            a.unreadable().forEach(t -> unreadable.add(new RuleViolation.FieldProblem("adjustedWorkdays",
                    "calendar.dates.unreadable", t)));
            if (!unreadable.isEmpty()) {
                throw RuleViolation.ofFields(unreadable);
            }
            CalendarAdmin.Saved saved = admin.save(year, note, h.dates(), a.dates());
            redirect.addFlashAttribute("saved", messages.getMessage("calendar.saved",
                    new Object[] {String.valueOf(year), saved.recomputedClocks()}, LocaleContextHolder.getLocale()));
            return "redirect:/calendar?year=" + year;
        }, () -> {
            fill(model, year, form);
            return "calendar/index";
        });
    }

    private void fill(Model model, int year, YearForm form) {
        WorkingCalendar cal = calendar.snapshot();
        CalendarService.YearDetail detail = calendar.year(year).orElse(null);
        model.addAttribute("year", year);
        model.addAttribute("years", calendar.years());
        model.addAttribute("detail", detail);
        model.addAttribute("updatedAt", detail == null || detail.updatedAt() == null ? null
                : UPDATED_AT.withZone(clock.getZone()).format(detail.updatedAt()));
        model.addAttribute("months", months(cal, year));
        model.addAttribute("holidayRanges", detail == null ? "" : DateRanges.format(detail.holidays()));
        model.addAttribute("adjustedRanges", detail == null ? "" : DateRanges.format(detail.adjustedWorkdays()));
        model.addAttribute("form", form != null ? form : new YearForm(year, detail == null ? null : detail.note(),
                detail == null ? "" : DateRanges.format(detail.holidays()),
                detail == null ? "" : DateRanges.format(detail.adjustedWorkdays())));
        model.addAttribute("weekdays", weekdays());
    }

    private String[] weekdays() {
        return messages.getMessage("calendar.weekdays", null, LocaleContextHolder.getLocale()).split(",");
    }

    /** The twelve months of the year, each as weeks from Monday to Sunday. */
    static List<MonthGrid> months(WorkingCalendar cal, int year) {
        List<MonthGrid> out = new ArrayList<>();
        for (int m = 1; m <= 12; m++) {
            YearMonth ym = YearMonth.of(year, m);
            List<List<Cell>> weeks = new ArrayList<>();
            List<Cell> week = new ArrayList<>();
            for (int blank = 1; blank < ym.atDay(1).getDayOfWeek().getValue(); blank++) {
                week.add(new Cell(null, null));
            }
            for (int d = 1; d <= ym.lengthOfMonth(); d++) {
                LocalDate date = ym.atDay(d);
                week.add(new Cell(date, cal.kindOf(date)));
                if (date.getDayOfWeek() == DayOfWeek.SUNDAY) {
                    weeks.add(week);
                    week = new ArrayList<>();
                }
            }
            if (!week.isEmpty()) {
                while (week.size() < 7) {
                    week.add(new Cell(null, null));
                }
                weeks.add(week);
            }
            out.add(new MonthGrid(m, weeks));
        }
        return out;
    }
}
