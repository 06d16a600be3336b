package org.fazhi.files.web;

import java.io.IOException;
import java.io.InputStream;
import org.fazhi.files.Attachments;
import org.fazhi.files.UnsupportedFileType;
import org.fazhi.files.internal.FileProperties;
import org.fazhi.organization.scope.DataScope;
import org.fazhi.organization.OrgUnitView;
import org.fazhi.shared.NotFound;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartFile;

/**
 * The 附件 panel every record page embeds ({@code files/attachments :: panel(ownerType, ownerId)}, which loads it from
 * here with htmx), and the files page of an org unit. A refused upload is shown inside the panel.
 */
@Controller
class FilePages {

    private final Attachments attachments;
    private final FileProperties properties;
    private final DataScope dataScope;

    FilePages(Attachments attachments, FileProperties properties, DataScope dataScope) {
        this.attachments = attachments;
        this.properties = properties;
        this.dataScope = dataScope;
    }

    @GetMapping("/org/{id}/files")
    @PreAuthorize("hasAuthority('FILE_READ')")
    String orgUnitFiles(@PathVariable long id, Model model) {
        OrgUnitView unit = dataScope.visibleUnits().stream().filter(u -> u.id() == id).findFirst()
                .orElseThrow(() -> new NotFound("org-unit", id));
        model.addAttribute("unit", unit);
        return "files/org-unit-files";
    }

    @GetMapping("/files/panel")
    @PreAuthorize("hasAuthority('FILE_READ')")
    String panel(@RequestParam String ownerType, @RequestParam long ownerId, Model model) {
        return render(ownerType, ownerId, model);
    }

    @PostMapping("/files/panel")
    @PreAuthorize("hasAuthority('FILE_WRITE')")
    String upload(@RequestParam String ownerType, @RequestParam long ownerId,
                  @RequestPart("file") MultipartFile file, Model model) throws IOException {
        try (InputStream in = file.getInputStream()) {
            var stored = attachments.store(ownerType, ownerId, file.getOriginalFilename(), in);
            notice(model, "success", "files.uploadDone", stored.name());
        } catch (UnsupportedFileType e) {
            notice(model, "danger", "files.type.refused", e.detectedType());
        } catch (MaxUploadSizeExceededException e) {
            notice(model, "danger", "files.tooLarge", properties.maxSize().toMegabytes());
        }
        return render(ownerType, ownerId, model);
    }

    private static void notice(Model model, String kind, String key, Object arg) {
        model.addAttribute("noticeKind", kind);
        model.addAttribute("noticeKey", key);
        model.addAttribute("noticeArg", arg);
    }

    private String render(String ownerType, long ownerId, Model model) {
        model.addAttribute("ownerType", ownerType);
        model.addAttribute("ownerId", ownerId);
        model.addAttribute("files", attachments.of(ownerType, ownerId));
        model.addAttribute("canWrite", attachments.mayAttach(ownerType, ownerId));
        model.addAttribute("maxMegabytes", properties.maxSize().toMegabytes());
        return "files/attachments :: list";
    }
}
