package org.fazhi.organization.web;

import org.fazhi.organization.InstallationInfo;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** Every page knows whether this is a demonstration installation, so the frame can say 演示环境. */
@ControllerAdvice
class InstallationAdvice {

    private final InstallationInfo installation;

    InstallationAdvice(InstallationInfo installation) {
        this.installation = installation;
    }

    @ModelAttribute("demoInstallation")
    boolean demoInstallation() {
        return installation.demoData();
    }
}
