package org.fazhi.enforcement.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.fazhi.enforcement.internal.CasePerson;
import org.fazhi.enforcement.internal.CasePersons;
import org.fazhi.enforcement.internal.PersonRole;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * 案件其他人员 API — the agents, witnesses and victims named in a case, whose names the publication masks; they are
 * read with the case ({@code GET /api/v1/enforcement/cases/{id}}, {@code persons}).
 */
@RestController
@RequestMapping("/api/v1/enforcement/cases/{id}/persons")
@Tag(name = "行政执法", description = "penalty cases")
class CasePersonApi {

    private final CasePersons persons;
    private final MessageSource messages;

    CasePersonApi(CasePersons persons, MessageSource messages) {
        this.persons = persons;
        this.messages = messages;
    }

    record PersonJson(long id, PersonRole role, String roleLabel, String name) {
        static PersonJson of(CasePerson p, MessageSource messages) {
            return new PersonJson(p.getId(), p.getRole(), messages.getMessage("enforcement.person.role." + p.getRole(),
                    null, p.getRole().name(), LocaleContextHolder.getLocale()), p.getName());
        }
    }

    record PersonRequest(PersonRole role, String name) {
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize("hasAuthority('ENFORCEMENT_WRITE')")
    @Operation(summary = "登记案件其他人员（委托代理人、证人、被害人）；其姓名在公示中只显示姓氏")
    PersonJson add(@PathVariable long id, @RequestBody PersonRequest rq) {
        return PersonJson.of(persons.add(id, rq.role(), rq.name()), messages);
    }

    @DeleteMapping("/{personId}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @PreAuthorize("hasAuthority('ENFORCEMENT_WRITE')")
    @Operation(summary = "删除误登记的案件其他人员（已在公示中脱敏的姓名保持脱敏）")
    void remove(@PathVariable long id, @PathVariable long personId) {
        persons.remove(id, personId);
    }
}
