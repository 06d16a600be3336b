package org.fazhi.files;

import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.web.ErrorResponseException;

/** The content's detected type is not on the allow-list (answered 415, whatever the file name claims). */
public class UnsupportedFileType extends ErrorResponseException {

    private final String detectedType;
    private final transient List<String> allowedTypes;

    public UnsupportedFileType(String detectedType, List<String> allowedTypes) {
        super(HttpStatus.UNSUPPORTED_MEDIA_TYPE);
        this.detectedType = detectedType;
        this.allowedTypes = List.copyOf(allowedTypes);
    }

    public String detectedType() {
        return detectedType;
    }

    public List<String> allowedTypes() {
        return allowedTypes;
    }
}
