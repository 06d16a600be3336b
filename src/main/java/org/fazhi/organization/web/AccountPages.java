package org.fazhi.organization.web;

import org.fazhi.organization.FazhiUser;
import org.fazhi.organization.internal.UserService;
import org.fazhi.shared.web.FormPages;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** 修改密码 — every signed-in user changes their own password. */
@Controller
@RequestMapping("/account")
@PreAuthorize("isAuthenticated()")
class AccountPages {

    private final UserService users;
    private final FormPages forms;

    AccountPages(UserService users, FormPages forms) {
        this.forms = forms;
        this.users = users;
    }

    @GetMapping("/password")
    String form() {
        return "org/password";
    }

    @PostMapping("/password")
    String change(@AuthenticationPrincipal FazhiUser user, @RequestParam String currentPassword,
                  @RequestParam String newPassword, RedirectAttributes redirect, Model model) {
        return forms.submit(model, () -> {
            users.changeOwnPassword(user.id(), currentPassword, newPassword);
            redirect.addFlashAttribute("success", "password.changed");
            return "redirect:/account/password";
        }, () -> "org/password");
    }
}
