package org.fazhi.officer;

import java.time.LocalDate;

/**
 * An enforcement officer (执法人员) as other modules see them.
 *
 * @param certificateNumber the number of the certificate valid on the day asked about (or the latest one), if any
 * @param validUntil        that certificate's last valid day, if any
 * @param username          the staff account linked to the officer, if any
 */
public record OfficerSummary(long id, String name, long unitId, String category, String certificateNumber,
                             LocalDate validUntil, String username) {

    /** The name with the certificate number, as documents name officers: 张三（执法证号 32068419001）. */
    public String withCertificate() {
        return certificateNumber == null ? name : name + "（执法证号 " + certificateNumber + "）";
    }
}
