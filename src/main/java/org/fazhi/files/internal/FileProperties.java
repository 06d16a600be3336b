package org.fazhi.files.internal;

import java.nio.file.Path;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Settings of the attachment store ({@code fazhi.files.*}).
 *
 * @param dir          root directory of the file-system store
 * @param maxSize      largest file accepted; the multipart limits of the server follow the same property
 * @param allowedTypes media types accepted, as detected from the content: PDF, JPEG, PNG, DOCX, XLSX, DOC, XLS, MP4,
 *                     MP3, WAV
 */
@ConfigurationProperties("fazhi.files")
public record FileProperties(
        @DefaultValue("./data/files") Path dir,
        @DefaultValue("50MB") DataSize maxSize,
        @DefaultValue({"application/pdf", "image/jpeg", "image/png",
                "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                "application/msword", "application/vnd.ms-excel",
                "video/mp4", "audio/mpeg", "audio/vnd.wave"}) List<String> allowedTypes) {
}
