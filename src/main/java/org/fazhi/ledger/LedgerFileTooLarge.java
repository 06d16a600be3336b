package org.fazhi.ledger;

import org.springframework.http.HttpStatus;
import org.springframework.web.ErrorResponseException;

/**
 * The uploaded workbook expands beyond what a ledger can be: a part larger than the limit once unpacked, an
 * implausible compression ratio (a zip bomb), or more rows or columns than a ledger has (answered 413).
 */
public class LedgerFileTooLarge extends ErrorResponseException {

    public LedgerFileTooLarge() {
        super(HttpStatus.CONTENT_TOO_LARGE);
    }
}
