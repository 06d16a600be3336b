package org.fazhi.disclosure.internal;

/**
 * 申请方式 — how an application reached the agency; art. 31 of 《政府信息公开条例》 fixes the date of receipt for each.
 */
public enum Channel {
    /** 当面提交: the day it is handed in. */
    IN_PERSON,
    /** 挂号信: the day the agency signs for it. */
    REGISTERED_MAIL,
    /** 平常信函: the day the agency confirms receipt with the applicant. */
    ORDINARY_MAIL,
    /** 互联网渠道: the day both sides confirm (on the portal: the day it is submitted). */
    ONLINE,
    /** 传真: the day both sides confirm. */
    FAX
}
