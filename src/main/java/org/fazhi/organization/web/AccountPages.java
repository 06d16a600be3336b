package org.fazhi.organization.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import org.fazhi.organization.FazhiUser;
import org.fazhi.organization.internal.AccountService;
import org.fazhi.organization.internal.UserService;
import org.fazhi.shared.web.FormPages;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * 修改密码 — every signed-in user changes their own password; one whose password was handed out or is too old must
 * do so before anything else. The other sessions of the account end; this one goes on with the new state.
 */
@Controller
@PreAuthorize("isAuthenticated()")
class AccountPages {

    private final UserService users;
    private final AccountService accounts;
    private final FormPages forms;
    private final HttpSessionSecurityContextRepository contexts = new HttpSessionSecurityContextRepository();

    AccountPages(UserService users, AccountService accounts, FormPages forms) {
        this.forms = forms;
        this.users = users;
        this.accounts = accounts;
    }

    record PasswordChange(@NotBlank String currentPassword, @NotBlank String newPassword) {
    }

    @GetMapping("/account/password")
    String form() {
        return "org/password";
    }

    @PostMapping("/account/password")
    String change(@AuthenticationPrincipal FazhiUser user, @RequestParam String currentPassword,
                  @RequestParam String newPassword, HttpServletRequest rq, HttpServletResponse rs,
                  RedirectAttributes redirect, Model model) {
        return forms.submit(model, () -> {
            users.changeOwnPassword(user.id(), currentPassword, newPassword, rq.getSession().getId());
            refreshSession(user, rq, rs);
            redirect.addFlashAttribute("success", "password.changed");
            return "redirect:/account/password";
        }, () -> "org/password");
    }

    @PostMapping("/api/v1/account/password")
    @ResponseBody
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void changeByApi(@AuthenticationPrincipal FazhiUser user, @Valid @RequestBody PasswordChange rq,
                     HttpServletRequest request) {
        var session = request.getSession(false);
        users.changeOwnPassword(user.id(), rq.currentPassword(), rq.newPassword(),
                session == null ? null : session.getId());
    }

    /** The principal was fixed at login; after the change it must no longer ask for one. */
    private void refreshSession(FazhiUser user, HttpServletRequest rq, HttpServletResponse rs) {
        FazhiUser fresh = (FazhiUser) accounts.loadUserByUsername(user.getUsername());
        fresh.eraseCredentials();
        SecurityContext ctx = SecurityContextHolder.createEmptyContext();
        ctx.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(fresh, null, fresh.getAuthorities()));
        SecurityContextHolder.setContext(ctx);
        contexts.saveContext(ctx, rq, rs);
    }
}
