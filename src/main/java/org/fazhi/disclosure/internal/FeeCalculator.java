package org.fazhi.disclosure.internal;

import java.math.BigDecimal;

/**
 * 信息处理费 — the processing fee of art. 42 of 《政府信息公开条例》 by the standard of 国办函〔2020〕109号. One method per
 * application: by the number of requests of the same applicant in a calendar month, or by the pages provided.
 * Plain arithmetic, no state.
 */
public final class FeeCalculator {

    /** 按件计收: the method of an application's fee. */
    public enum Method {
        /** 按件计收 */
        PER_REQUEST,
        /** 按量计收 */
        PER_PAGE
    }

    /** 109号: up to 10 requests of the same applicant in a calendar month are free. */
    static final int FREE_REQUESTS_PER_MONTH = 10;
    /** 109号: the 11th to the 30th request cost 100 yuan each. */
    static final int FIRST_PAID_BAND_END = 30;
    /** 109号: beyond 30, each further band of 10 requests costs 100 yuan more per request. */
    static final int FURTHER_BAND_SIZE = 10;
    /** 109号: the price step, 100 yuan per request. */
    static final BigDecimal REQUEST_PRICE_STEP = BigDecimal.valueOf(100);

    /** 109号: up to 30 pages are free. */
    static final int FREE_PAGES = 30;
    /** 109号: pages 31–100 cost 10 yuan each. */
    static final int PAGE_BAND_1_END = 100;
    static final BigDecimal PAGE_BAND_1_PRICE = BigDecimal.valueOf(10);
    /** 109号: pages 101–200 cost 20 yuan each. */
    static final int PAGE_BAND_2_END = 200;
    static final BigDecimal PAGE_BAND_2_PRICE = BigDecimal.valueOf(20);
    /** 109号: pages from 201 on cost 40 yuan each. */
    static final BigDecimal PAGE_BAND_3_PRICE = BigDecimal.valueOf(40);

    private FeeCalculator() {
    }

    /**
     * The fee of one request that is the {@code ordinal}-th request (1-based) of the same applicant in its calendar
     * month: 0 up to the 10th, 100 yuan from the 11th to the 30th, 200 yuan from the 31st to the 40th, 300 yuan from
     * the 41st to the 50th, and so on.
     */
    public static BigDecimal perRequest(int ordinal) {
        if (ordinal < 1) {
            throw new IllegalArgumentException("ordinal " + ordinal);
        }
        if (ordinal <= FREE_REQUESTS_PER_MONTH) {
            return BigDecimal.ZERO;
        }
        if (ordinal <= FIRST_PAID_BAND_END) {
            return REQUEST_PRICE_STEP;
        }
        int furtherBand = (ordinal - FIRST_PAID_BAND_END - 1) / FURTHER_BAND_SIZE + 1;
        return REQUEST_PRICE_STEP.multiply(BigDecimal.valueOf(1L + furtherBand));
    }

    /** The fee for {@code pages} pages, each band priced for the pages falling in it. */
    public static BigDecimal perPage(int pages) {
        if (pages < 0) {
            throw new IllegalArgumentException("pages " + pages);
        }
        BigDecimal fee = BigDecimal.ZERO;
        fee = fee.add(PAGE_BAND_1_PRICE.multiply(BigDecimal.valueOf(band(pages, FREE_PAGES, PAGE_BAND_1_END))));
        fee = fee.add(PAGE_BAND_2_PRICE.multiply(BigDecimal.valueOf(band(pages, PAGE_BAND_1_END, PAGE_BAND_2_END))));
        fee = fee.add(PAGE_BAND_3_PRICE.multiply(BigDecimal.valueOf(Math.max(0, pages - PAGE_BAND_2_END))));
        return fee;
    }

    /** How many of {@code pages} fall in the band after {@code lower} up to and including {@code upper}. */
    private static int band(int pages, int lower, int upper) {
        return Math.max(0, Math.min(pages, upper) - lower);
    }
}
