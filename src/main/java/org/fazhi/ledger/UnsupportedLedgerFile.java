package org.fazhi.ledger;

import org.springframework.http.HttpStatus;
import org.springframework.web.ErrorResponseException;

/** The uploaded file is neither CSV (UTF-8 or GB18030 text) nor XLSX, by its content (answered 415). */
public class UnsupportedLedgerFile extends ErrorResponseException {

    public UnsupportedLedgerFile() {
        super(HttpStatus.UNSUPPORTED_MEDIA_TYPE);
    }
}
