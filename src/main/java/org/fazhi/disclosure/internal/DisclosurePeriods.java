package org.fazhi.disclosure.internal;

import org.fazhi.deadline.StatutoryPeriod;
import org.fazhi.shared.LegalBasis;

/** Statutory periods of 《政府信息公开条例》 (国务院令第711号, in force 2019-05-15). */
public final class DisclosurePeriods {

    static final String REGULATION = "政府信息公开条例";

    /** Art. 26: proactive disclosure within 20 working days of the information being formed or changed. */
    public static final StatutoryPeriod PUBLICATION = StatutoryPeriod.workingDays(20, LegalBasis.of(REGULATION, 26));
    /** Art. 33: answer within 20 working days of receipt; art. 30: a full 20 again from receipt of the supplement. */
    public static final StatutoryPeriod ANSWER = StatutoryPeriod.workingDays(20, LegalBasis.of(REGULATION, 33));
    /** Art. 30: the one supplement notice goes out within 7 working days of receipt. */
    public static final StatutoryPeriod SUPPLEMENT_NOTICE = StatutoryPeriod.workingDays(7,
            LegalBasis.of(REGULATION, 30));
    /** Art. 33: one extension of at most 20 working days. */
    public static final int MAX_EXTENSION_WORKING_DAYS = 20;
    /** Art. 33: the basis of an extension. */
    public static final LegalBasis EXTENSION_BASIS = LegalBasis.of(REGULATION, 33);
    /**
     * Art. 35: an application clearly excessive in volume or frequency, with reasonable reasons, that cannot be
     * answered in time gets a later reply date, set by the agency and told to the applicant with the reason.
     */
    public static final LegalBasis LATER_REPLY_BASIS = LegalBasis.of(REGULATION, 35);
    /** Art. 32: a third party has 15 working days to give its opinion. */
    public static final StatutoryPeriod THIRD_PARTY_OPINION = StatutoryPeriod.workingDays(15,
            LegalBasis.of(REGULATION, 32));
    /** Art. 34: a co-producing agency has 15 working days; silence is consent. */
    public static final StatutoryPeriod AGENCY_OPINION = StatutoryPeriod.workingDays(15,
            LegalBasis.of(REGULATION, 34));
    /** Art. 42 with 国办函〔2020〕109号: the basis of a processing fee. */
    public static final LegalBasis FEE_BASIS = LegalBasis.of(REGULATION, 42);
    /** The document that fixes how a processing fee is charged and paid. */
    public static final String FEE_RULES = "国办函〔2020〕109号";
    /**
     * Art. 42 with 国办函〔2020〕109号 (《政府信息公开信息处理费管理办法》): the applicant pays within 20 working days counted
     * from the day after receiving the fee notice; unpaid by then, the application is not processed further. Fixed by
     * that document, not a setting.
     */
    public static final StatutoryPeriod FEE_PAYMENT = StatutoryPeriod.workingDays(20, FEE_BASIS);
    /** Art. 31: the date of receipt per channel. */
    public static final LegalBasis RECEIPT_BASIS = LegalBasis.of(REGULATION, 31);
    /** Art. 49: the annual report. */
    public static final LegalBasis ANNUAL_REPORT_BASIS = LegalBasis.of(REGULATION, 49);

    private DisclosurePeriods() {
    }
}
