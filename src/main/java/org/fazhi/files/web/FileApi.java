package org.fazhi.files.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import org.fazhi.files.AttachmentView;
import org.fazhi.files.Attachments;
import org.springframework.core.io.InputStreamResource;
import org.springframework.core.io.Resource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

@RestController
@RequestMapping("/api/v1/files")
@Tag(name = "附件", description = "attachments of records, stored by SHA-256")
class FileApi {

    private final Attachments attachments;

    FileApi(Attachments attachments) {
        this.attachments = attachments;
    }

    /** An attachment as the API shows it. */
    record FileJson(long id, String ownerType, long ownerId, String name, String sha256, long size,
                    String contentType, Instant uploadedAt, String uploadedBy, boolean corrupt) {
        static FileJson of(AttachmentView a) {
            return new FileJson(a.id(), a.ownerType(), a.ownerId(), a.name(), a.sha256(), a.size(), a.contentType(),
                    a.uploadedAt(), a.uploadedBy(), a.corrupt());
        }
    }

    @PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @PreAuthorize("hasAuthority('FILE_WRITE')")
    @Operation(summary = "上传附件（类型按内容识别，超限 413，不允许的类型 415）")
    ResponseEntity<FileJson> upload(@RequestParam String ownerType, @RequestParam long ownerId,
                                    @RequestPart("file") MultipartFile file) throws IOException {
        AttachmentView stored;
        try (InputStream in = file.getInputStream()) {
            stored = attachments.store(ownerType, ownerId, file.getOriginalFilename(), in);
        }
        return ResponseEntity.created(URI.create("/api/v1/files/" + stored.id())).body(FileJson.of(stored));
    }

    @GetMapping
    @PreAuthorize("hasAuthority('FILE_READ')")
    @Operation(summary = "某记录的附件")
    List<FileJson> list(@RequestParam String ownerType, @RequestParam long ownerId) {
        return attachments.of(ownerType, ownerId).stream().map(FileJson::of).toList();
    }

    @GetMapping("/{id}")
    @PreAuthorize("hasAuthority('FILE_READ')")
    @Operation(summary = "附件信息")
    FileJson get(@PathVariable long id) {
        return FileJson.of(attachments.get(id));
    }

    @GetMapping("/{id}/content")
    @PreAuthorize("hasAuthority('FILE_READ')")
    @Operation(summary = "下载附件")
    ResponseEntity<Resource> content(@PathVariable long id) {
        AttachmentView file = attachments.get(id);
        InputStream in = attachments.download(id);
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(file.contentType()))
                .contentLength(file.size())
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment().filename(file.name(), StandardCharsets.UTF_8).build().toString())
                .header("X-Content-Type-Options", "nosniff")
                .header(HttpHeaders.ETAG, "\"" + file.sha256() + "\"")
                .body(new InputStreamResource(in));
    }
}
