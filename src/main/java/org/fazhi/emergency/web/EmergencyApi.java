package org.fazhi.emergency.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import org.fazhi.emergency.EmergencyStatistics;
import org.fazhi.emergency.internal.DutyDay;
import org.fazhi.emergency.internal.DutyHandover;
import org.fazhi.emergency.internal.DutyLedger;
import org.fazhi.emergency.internal.RosterService;
import org.fazhi.ledger.ImportReport;
import org.fazhi.ledger.LedgerImports;
import org.fazhi.shared.Input;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/** 值班值守与统计 API — the duty roster, its ledger import, handovers and the year's figures. */
@RestController
@RequestMapping("/api/v1/emergency")
@Tag(name = "值班值守", description = "duty roster and emergency figures")
class EmergencyApi {


    private final RosterService roster;
    private final EmergencyStatistics statistics;
    private final LedgerImports ledgers;

    EmergencyApi(RosterService roster, EmergencyStatistics statistics, LedgerImports ledgers) {
        this.roster = roster;
        this.statistics = statistics;
        this.ledgers = ledgers;
    }

    record DutyJson(long id, long townId, LocalDate date, String leader, String staff, String phone) {
        static DutyJson of(DutyDay d) {
            return new DutyJson(d.getId(), d.getTownId(), d.getDate(), d.getLeader(), d.getStaff(), d.getPhone());
        }
    }

    record DutyRequest(String date, String leader, String staff, String phone) {
    }

    record HandoverRequest(String handedAt, String handedBy, String takenBy, String notes) {
    }

    record HandoverJson(long id, OffsetDateTime handedAt, String handedBy, String takenBy, String notes) {
        static HandoverJson of(DutyHandover h) {
            return new HandoverJson(h.getId(), EmergencyJson.time(h.getHandedAt()), h.getHandedBy(), h.getTakenBy(),
                    h.getNotes());
        }
    }

    record RosterJson(List<DutyJson> days, List<LocalDate> daysWithoutLeader) {
    }

    @GetMapping("/roster")
    @PreAuthorize("hasAuthority('EMERGENCY_READ')")
    @Operation(summary = "值班表（默认今天起一个月）与今后两周缺带班领导的日期")
    RosterJson roster(@RequestParam(required = false) LocalDate from, @RequestParam(required = false) LocalDate to) {
        List<DutyDay> days = roster.between(from == null ? LocalDate.now(org.fazhi.FazhiApplication.ZONE) : from,
                to == null ? (from == null ? LocalDate.now(org.fazhi.FazhiApplication.ZONE) : from).plusMonths(1)
                        : to);
        return new RosterJson(days.stream().map(DutyJson::of).toList(),
                roster.ownTownIfAny().map(roster::daysWithoutLeader).orElse(List.of()));
    }

    @PutMapping("/roster")
    @PreAuthorize("hasAuthority('EMERGENCY_MANAGE')")
    @Operation(summary = "登记或修改本镇某日的值班安排")
    DutyJson enter(@RequestBody DutyRequest rq) {
        Input in = new Input();
        LocalDate date = in.date("date", rq.date(), true);
        in.check();
        return DutyJson.of(roster.enterForOwnTown(date, rq.leader(), rq.staff(), rq.phone()));
    }

    @PostMapping(path = "/roster/import", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @PreAuthorize("hasAuthority('EMERGENCY_MANAGE')")
    @Operation(summary = "导入值班表（CSV/XLSX：日期、带班领导、值班人员、值班电话）")
    ImportReport importRoster(@RequestPart("file") MultipartFile file) {
        return ledgers.importFile(DutyLedger.NAME, file);
    }

    @PostMapping("/handovers")
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize("hasAuthority('EMERGENCY_MANAGE')")
    @Operation(summary = "记录交接班")
    HandoverJson handOver(@RequestBody HandoverRequest rq) {
        return HandoverJson.of(roster.handOver(rq.handedAt(), rq.handedBy(), rq.takenBy(), rq.notes()));
    }

    @GetMapping("/handovers")
    @PreAuthorize("hasAuthority('EMERGENCY_READ')")
    @Operation(summary = "最近的交接班记录")
    List<HandoverJson> handovers() {
        return roster.recentHandovers().stream().map(HandoverJson::of).toList();
    }

    @GetMapping("/statistics")
    @PreAuthorize("hasAuthority('EMERGENCY_READ')")
    @Operation(summary = "年度突发事件统计：事件数（按级别、类别）、按时与迟报、预警、演练、逾期未评估预案")
    EmergencyStatistics.Figures statistics(@RequestParam int year, @RequestParam long orgUnit) {
        return statistics.of(year, orgUnit);
    }
}
