-- Whose period a clock counts (期限归属): a window the law gives a party lapses (届满) when it passes, a duty of the
-- authority is overdue (已逾期). New clocks take it from their purpose; the clocks that exist get it here from theirs:
-- the party's time to state a defence or ask for a hearing and to pay a fine (《行政处罚法》第44、45、64、67条), the
-- time to perform after a reminder (《行政强制法》第54条), the parties' 30 days to apply for court confirmation of a
-- mediation agreement (《人民调解法》第33条) and the applicant's time to pay a disclosure fee (《政府信息公开条例》第42条).
alter table deadline_clock add column party_window boolean default false not null;

update deadline_clock set party_window = true
 where (subject_type = 'penalty.case' and purpose in ('statement-window', 'payment', 'reminder'))
    or (subject_type = 'mediation.dispute' and purpose = 'court-confirmation')
    or (subject_type = 'disclosure.application' and purpose = 'fee-payment');
