package org.fazhi.disclosure.internal;

import java.time.MonthDay;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the disclosure module ({@code fazhi.disclosure.*}).
 *
 * @param reportDue             art. 49: the day of the following year by which a town's annual report is due; set by
 *                              its district, commonly 31 January ({@code --01-31})
 * @param numberTemplate        the template of an application's number: {@code {town}}, {@code {year}}, {@code {seq}}
 */
@ConfigurationProperties("fazhi.disclosure")
public record DisclosureProperties(@DefaultValue("--01-31") MonthDay reportDue,
                                   @DefaultValue("{town}依申请公开〔{year}〕{seq}号") String numberTemplate) {

    public String number(String town, int year, long seq) {
        return numberTemplate.replace("{town}", town).replace("{year}", String.valueOf(year))
                .replace("{seq}", String.valueOf(seq));
    }
}
