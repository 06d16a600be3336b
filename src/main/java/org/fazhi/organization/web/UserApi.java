package org.fazhi.organization.web;

import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.fazhi.organization.Role;
import org.fazhi.organization.internal.AppUser;
import org.fazhi.organization.internal.UserService;
import org.fazhi.shared.PageOf;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/users")
@PreAuthorize("hasAnyAuthority('USER_MANAGE','ADMIN_ACCOUNT_MANAGE')")
@Tag(name = "用户管理")
class UserApi {

    private final UserService users;

    UserApi(UserService users) {
        this.users = users;
    }

    record UserJson(long id, String username, String displayName, long homeUnitId, Set<Role> roles, boolean enabled,
                    boolean locked) {
        static UserJson of(AppUser u) {
            return new UserJson(u.getId(), u.getUsername(), u.getDisplayName(), u.getHomeUnitId(), u.getRoles(),
                    u.isEnabled(), UserPages.locked(u));
        }
    }

    record CreateUser(@NotBlank String username, @NotBlank String displayName, @NotNull Long homeUnitId,
                      @NotNull Set<Role> roles, @NotBlank String password) {
    }

    record UpdateUser(@NotBlank String displayName, @NotNull Long homeUnitId, @NotNull Set<Role> roles,
                      String phone, Boolean enabled) {
    }

    record NewPassword(@NotBlank String password) {
    }

    @GetMapping
    PageOf<UserJson> list(@RequestParam(required = false) String q, @RequestParam(defaultValue = "0") int page,
                            @RequestParam(defaultValue = "20") int size) {
        var result = users.search(q, PageRequest.of(Math.max(page, 0), Math.min(Math.max(size, 1), 100),
                Sort.by("username")));
        return PageOf.of(result, UserJson::of);
    }

    @GetMapping("/{id}")
    UserJson get(@PathVariable long id) {
        return UserJson.of(users.get(id));
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    UserJson create(@Valid @RequestBody CreateUser rq) {
        return UserJson.of(users.create(rq.username(), rq.displayName(), rq.homeUnitId(),
                rq.roles().isEmpty() ? Set.of() : EnumSet.copyOf(rq.roles()), rq.password(), true));
    }

    @PutMapping("/{id}")
    UserJson update(@PathVariable long id, @Valid @RequestBody UpdateUser rq) {
        return UserJson.of(users.update(id, rq.displayName(), rq.homeUnitId(), rq.roles(), rq.phone(),
                rq.enabled() == null || rq.enabled()));
    }

    @PostMapping("/{id}/password")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void resetPassword(@PathVariable long id, @Valid @RequestBody NewPassword rq) {
        users.resetPassword(id, rq.password());
    }

    @PostMapping("/{id}/unlock")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void unlock(@PathVariable long id) {
        users.unlock(id);
    }
}
