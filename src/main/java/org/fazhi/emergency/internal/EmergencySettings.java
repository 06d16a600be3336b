package org.fazhi.emergency.internal;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of emergency management ({@code fazhi.emergency.*}). The law leaves these numbers to provincial and
 * district rules and to the plans themselves (国办发〔2024〕5号《突发事件应急预案管理办法》), so each is a setting with
 * the common default.
 *
 * @param firstReportMinutes   the first report (a call) is due this many minutes after the incident became known
 * @param writtenReportMinutes the written report is due this many minutes after the incident became known
 * @param evaluationYears      a plan is evaluated this many years after its adoption or last evaluation
 * @param drillMonths          a plan is drilled this many months after its adoption or last drill
 * @param officeUnitName       the town department that holds the emergency records (应急管理办公室)
 * @param rosterAlertDays      a day without a leader on duty within this many coming days is an alert
 */
@ConfigurationProperties("fazhi.emergency")
public record EmergencySettings(@DefaultValue("30") int firstReportMinutes,
                                @DefaultValue("60") int writtenReportMinutes,
                                @DefaultValue("3") int evaluationYears,
                                @DefaultValue("12") int drillMonths,
                                @DefaultValue("应急管理办公室") String officeUnitName,
                                @DefaultValue("14") int rosterAlertDays) {
}
