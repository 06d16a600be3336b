package org.fazhi.enforcement.internal;

import java.util.ArrayList;
import java.util.List;
import org.fazhi.organization.OrgDirectory;
import org.fazhi.publication.PublicationDesk;
import org.fazhi.shared.NotFound;
import org.fazhi.shared.RuleViolation;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The other persons of a case (agents, witnesses, victims): recorded on the case page or through the API, handed to
 * the publication desk with the decision so that their names are masked in its texts. A person recorded after the
 * decision reached the desk has their name masked in the publication as it stands.
 */
@Service
@Transactional
public class CasePersons {

    private final CasePersonRepository persons;
    private final CaseService cases;
    private final OrgDirectory directory;
    private final PublicationDesk desk;

    CasePersons(CasePersonRepository persons, CaseService cases, OrgDirectory directory, PublicationDesk desk) {
        this.persons = persons;
        this.cases = cases;
        this.directory = directory;
        this.desk = desk;
    }

    @Transactional(readOnly = true)
    public List<CasePerson> of(long caseId) {
        cases.get(caseId);
        return persons.findByCaseIdOrderByIdAsc(caseId);
    }

    /** The names the case knows besides the party's, for the redaction of its published decision. */
    @Transactional(readOnly = true)
    List<String> names(long caseId) {
        return persons.findByCaseIdOrderByIdAsc(caseId).stream().map(CasePerson::getName).toList();
    }

    /** Records a person; the name is masked at once in the case's publication if the decision already has one. */
    public CasePerson add(long caseId, PersonRole role, String name) {
        PenaltyCase c = cases.get(caseId);
        List<RuleViolation.FieldProblem> problems = new ArrayList<>();
        if (role == null) {
            problems.add(new RuleViolation.FieldProblem("role", "enforcement.person.role"));
        }
        String clean = name == null ? "" : name.strip();
        if (clean.isEmpty() || clean.length() > CasePerson.MAX_NAME) {
            problems.add(new RuleViolation.FieldProblem("name", "enforcement.person.name", CasePerson.MAX_NAME));
        } else if (persons.findByCaseIdOrderByIdAsc(caseId).stream()
                .anyMatch(p -> p.getRole() == role && p.getName().equals(clean))) {
            problems.add(new RuleViolation.FieldProblem("name", "enforcement.person.duplicate", clean));
        }
        if (!problems.isEmpty()) {
            throw RuleViolation.ofFields(problems);
        }
        CasePerson p = persons.save(new CasePerson(c, role, clean, directory.get(c.getHolderUnitId())));
        if (c.getDecision().isMade()) {
            desk.maskNames(c.getCaseNumber(), List.of(clean));
        }
        return p;
    }

    /** Removes a person recorded by mistake; a name already masked in a publication stays masked. */
    public void remove(long caseId, long personId) {
        cases.get(caseId);
        CasePerson p = persons.findById(personId).filter(x -> x.getCaseId() == caseId)
                .orElseThrow(() -> new NotFound("case-person", personId));
        persons.delete(p);
    }
}
