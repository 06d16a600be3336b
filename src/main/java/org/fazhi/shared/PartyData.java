package org.fazhi.shared;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/**
 * 当事人身份信息 — who a party of a record is: name, ID number (身份证号码 or 统一社会信用代码), phone and address,
 * held the same way by every record that names a party. Each field is personal data ({@link Personal}), so the audit
 * trail stores it masked. A record embeds it with {@code @Embedded}: the columns are {@code party_name},
 * {@code party_id_number}, {@code party_phone} and {@code party_address}, or the record's own through
 * {@code @AttributeOverride}.
 *
 * @param name     the party's name (a person's full name or an organisation's)
 * @param idNumber the ID number, or {@code null}
 * @param phone    the phone number, or {@code null}
 * @param address  the address, or {@code null}
 */
@Embeddable
public record PartyData(
        @Personal @Column(name = "party_name", nullable = false, length = 100) String name,
        @Personal @Column(name = "party_id_number", length = 40) String idNumber,
        @Personal @Column(name = "party_phone", length = 40) String phone,
        @Personal @Column(name = "party_address", length = 300) String address) {

    /** The data with blanks as {@code null} and the rest stripped, as records keep it. */
    public static PartyData of(String name, String idNumber, String phone, String address) {
        return new PartyData(strip(name), strip(idNumber), strip(phone), strip(address));
    }

    /**
     * The form people who may not read it in clear see: the name masked for a natural person (an organisation's name
     * is no personal data), ID number and phone masked ({@link PersonalMasking}), the address withheld.
     */
    public PartyData masked(boolean naturalPerson) {
        return new PartyData(PersonalMasking.partyName(name, naturalPerson), PersonalMasking.idNumber(idNumber),
                PersonalMasking.phone(phone), null);
    }

    private static String strip(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
