package org.fazhi.disclosure.internal;

import java.time.LocalDate;

/** What an application for government information disclosure says when it arrives (《政府信息公开条例》 art. 29). */
public record ApplicationParticulars(LocalDate receivedOn, Channel channel, ApplicantType applicantType,
                                     String applicantName, String idNumber, String phone, String address,
                                     String content, String delivery) {
}
