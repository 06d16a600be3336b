package org.fazhi.legalservice;

import java.math.BigDecimal;
import java.util.Map;

/** The year's public legal service figures, computed in one place for the API, the dashboard and the annual report. */
public interface LegalServiceStatistics {

    /** Figures of the org unit (a town with its villages, a village, the district) for the year; 403 outside scope. */
    Figures of(int year, long orgUnitId);

    /**
     * @param questions                questions asked in the year
     * @param answered                 of those, answered
     * @param answeredOnTime           of those answered, within the answer period
     * @param medianAnswerWorkingDays  the median of working days from asking to answer ({@code null} without answers)
     * @param byCategory               questions asked by category label, in the categories' order
     * @param referrals                referrals made in the year, by kind
     * @param kiosks                   智能法务机 in service on the reference day (the year's last day, today for the
     *                                 current year)
     * @param kioskPlaces              智能法务机设置地点: the places (a village's or community's service room, the
     *                                 town's centre, a market …) where at least one kiosk serves on the reference day,
     *                                 each place counted once however many kiosks stand there — a place is the
     *                                 kiosk's 设备位置 within its town
     * @param kioskUses                the kiosks' uses (consultations, documents, video calls) of the year's months
     * @param broadcasts               法治直播间 broadcasts of the year
     * @param broadcastViewers         their viewers, as recorded after each
     */
    record Figures(int year, long orgUnitId, long questions, long answered, long answeredOnTime,
                   BigDecimal medianAnswerWorkingDays, Map<String, Long> byCategory, Referrals referrals,
                   long kiosks, long kioskPlaces, long kioskUses, long broadcasts, long broadcastViewers) {
    }

    record Referrals(long mediation, long legalAid, long other) {
    }
}
