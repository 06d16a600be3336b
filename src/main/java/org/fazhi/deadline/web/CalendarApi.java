package org.fazhi.deadline.web;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.fazhi.deadline.DayKind;
import org.fazhi.deadline.WorkingCalendar;
import org.fazhi.deadline.internal.CalendarAdmin;
import org.fazhi.deadline.internal.CalendarService;
import org.fazhi.shared.NotFound;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** 工作日历接口 — what kind of day a date is, counting working days, and the administrator's calendar years. */
@RestController
@RequestMapping("/api/v1/calendar")
@Tag(name = "工作日历", description = "official working-day calendar")
class CalendarApi {

    /** The longest count the API answers; no statutory period comes near ten years of working days. */
    static final int MAX_DAYS = 2600;

    private final CalendarService calendar;
    private final CalendarAdmin admin;
    private final CalendarWarnings warnings;

    CalendarApi(CalendarService calendar, CalendarAdmin admin, CalendarWarnings warnings) {
        this.calendar = calendar;
        this.admin = admin;
        this.warnings = warnings;
    }

    /** A day; {@code warning} only when its year's calendar is not loaded. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record DayJson(LocalDate date, boolean workingDay, DayKind kind, String warning) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record DateJson(LocalDate date, String warning) {
    }

    record YearJson(int year, String note, List<LocalDate> holidays, List<LocalDate> adjustedWorkdays,
                    Instant updatedAt) {
        static YearJson of(CalendarService.YearDetail y) {
            return new YearJson(y.year(), y.note(), y.holidays(), y.adjustedWorkdays(), y.updatedAt());
        }
    }

    record YearSummaryJson(int year, String note, int holidays, int adjustedWorkdays, Instant updatedAt) {
    }

    record YearRequest(String note, List<@NotNull LocalDate> holidays, List<@NotNull LocalDate> adjustedWorkdays) {
    }

    record YearSavedJson(YearJson year, boolean created, int recomputedClocks) {
    }

    @GetMapping("/days/{date}")
    @PreAuthorize("hasAuthority('STAFF_BASIC')")
    @Operation(summary = "某日是否为工作日：调休上班日、法定节假日、周末、工作日")
    DayJson day(@PathVariable @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date) {
        WorkingCalendar cal = calendar.snapshot();
        DayKind kind = cal.kindOf(date);
        return new DayJson(date, kind.working(), kind, warnings.forRange(cal, date, date));
    }

    @GetMapping("/add-working-days")
    @PreAuthorize("hasAuthority('STAFF_BASIC')")
    @Operation(summary = "起算日之后第 N 个工作日（起算日当日不计入）")
    DateJson addWorkingDays(@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                            @RequestParam @Min(1) @Max(MAX_DAYS) int days) {
        WorkingCalendar cal = calendar.snapshot();
        LocalDate result = cal.addWorkingDays(from, days);
        return new DateJson(result, warnings.forRange(cal, from, result));
    }

    @GetMapping("/years")
    @PreAuthorize("hasAuthority('STAFF_BASIC')")
    @Operation(summary = "已录入的日历年度")
    List<YearSummaryJson> years() {
        return calendar.years().stream().map(y -> new YearSummaryJson(y.year(), y.note(), y.holidays().size(),
                y.adjustedWorkdays().size(), y.updatedAt())).toList();
    }

    @GetMapping("/years/{year}")
    @PreAuthorize("hasAuthority('STAFF_BASIC')")
    @Operation(summary = "某年度的法定节假日与调休上班日")
    YearJson year(@PathVariable int year) {
        return calendar.year(year).map(YearJson::of).orElseThrow(() -> new NotFound("calendar-year", year));
    }

    @PutMapping("/years/{year}")
    @PreAuthorize("hasAuthority('CALENDAR_MANAGE')")
    @Operation(summary = "录入或修改某年度日历；所有进行中的期限随即重新计算")
    YearSavedJson saveYear(@PathVariable @Min(1) @Max(9999) int year, @Valid @RequestBody YearRequest rq) {
        CalendarAdmin.Saved saved = admin.save(year, rq.note(),
                rq.holidays() == null ? List.of() : rq.holidays(),
                rq.adjustedWorkdays() == null ? List.of() : rq.adjustedWorkdays());
        return new YearSavedJson(YearJson.of(saved.year()), saved.created(), saved.recomputedClocks());
    }
}
