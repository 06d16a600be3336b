package org.fazhi.enforcement.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.fazhi.organization.OrgUnitView;
import org.fazhi.organization.scope.ScopedRecord;
import org.fazhi.shared.RuleViolation;

/**
 * 执法设置 — a town's choices within the law: legal review of every ordinary case or only the art. 58 cases, whether
 * hearing and appraisal time stop the 90-day clock, how long an approved extension may be and how many a case may
 * have (departmental rules),
 * the provincial hearing thresholds (defaults, until the province's figures are entered), the number templates and the
 * case-flow approval chains.
 */
@Entity
@Table(name = "enforcement_setting")
public class EnforcementSettings extends ScopedRecord {

    /** Many towns have every case reviewed (所有执法案件都必须经过法制审核), beyond 《行政处罚法》第58条: the default. */
    static final boolean DEFAULT_REVIEW_ALL = true;
    static final String DEFAULT_CASE_TEMPLATE = "海{town}罚立字〔{year}〕第{no}号";
    static final String DEFAULT_DECISION_TEMPLATE = "海{town}罚决字〔{year}〕第{no}号";
    static final String DEFAULT_FILING_CHAIN = "承办人:ENFORCEMENT_WRITE,执法局负责人:CASE_APPROVE";
    static final String DEFAULT_PROPOSAL_CHAIN = "承办人:ENFORCEMENT_WRITE,执法局负责人:CASE_APPROVE";
    static final String DEFAULT_DECISION_CHAIN =
            "承办人:ENFORCEMENT_WRITE,执法局负责人:CASE_APPROVE,分管领导:CASE_APPROVE,主要领导:CASE_APPROVE";
    /** 《行政处罚法》第63条 leaves 较大数额罚款 to the province: a default for a citizen, the town enters its own. */
    static final BigDecimal DEFAULT_HEARING_FINE_PERSON = new BigDecimal("10000");
    /** 《行政处罚法》第63条, set by the province: the default 较大数额罚款 for an organisation. */
    static final BigDecimal DEFAULT_HEARING_FINE_ORG = new BigDecimal("100000");
    /**
     * 《行政处罚法》第63条第1款第2项 leaves 没收较大数额违法所得、没收较大价值非法财物 to the province as well: the default for a
     * citizen, the figure many provinces and the market-regulation hearing rules use for fines and confiscation alike
     * (UNVERIFIED for the town's province — the town enters its own).
     */
    static final BigDecimal DEFAULT_HEARING_CONFISCATION_PERSON = new BigDecimal("10000");
    /** 第63条第1款第2项, set by the province: the default large amount confiscated from an organisation. */
    static final BigDecimal DEFAULT_HEARING_CONFISCATION_ORG = new BigDecimal("100000");
    /** Local practice, no statutory figure: working days given for statement and defence where no hearing applies. */
    static final int DEFAULT_STATEMENT_DAYS = 5;
    /** Departmental rules, not the law: an approved extension of the 90-day period (第60条) lasts at most 30 days. */
    static final int DEFAULT_MAX_EXTENSION = 30;
    /**
     * Departmental rules, not the law: the 90-day period (第60条) is extended once with the head's approval; a case
     * still undecided after that goes to the heads' collective discussion. A town may allow more.
     */
    static final int DEFAULT_MAX_EXTENSIONS = 1;
    /** The most approved extensions a town may allow; beyond it the setting is a typing error. */
    static final int MAX_EXTENSIONS_LIMIT = 10;

    @Column(name = "review_all_ordinary", nullable = false)
    private boolean reviewAllOrdinary = DEFAULT_REVIEW_ALL;
    @Column(name = "exclude_hearing_time", nullable = false)
    private boolean excludeHearingTime = true;
    @Column(name = "exclude_appraisal_time", nullable = false)
    private boolean excludeAppraisalTime = true;
    @Column(name = "max_extension_days", nullable = false)
    private int maxExtensionDays = DEFAULT_MAX_EXTENSION;
    @Column(name = "max_extensions", nullable = false)
    private int maxExtensions = DEFAULT_MAX_EXTENSIONS;
    @Column(name = "statement_working_days", nullable = false)
    private int statementWorkingDays = DEFAULT_STATEMENT_DAYS;
    @Column(name = "hearing_fine_person", nullable = false, precision = 14, scale = 2)
    private BigDecimal hearingFinePerson = DEFAULT_HEARING_FINE_PERSON;
    @Column(name = "hearing_fine_org", nullable = false, precision = 14, scale = 2)
    private BigDecimal hearingFineOrg = DEFAULT_HEARING_FINE_ORG;
    @Column(name = "hearing_confiscation_person", nullable = false, precision = 14, scale = 2)
    private BigDecimal hearingConfiscationPerson = DEFAULT_HEARING_CONFISCATION_PERSON;
    @Column(name = "hearing_confiscation_org", nullable = false, precision = 14, scale = 2)
    private BigDecimal hearingConfiscationOrg = DEFAULT_HEARING_CONFISCATION_ORG;
    @Column(name = "case_number_template", nullable = false, length = 100)
    private String caseNumberTemplate = DEFAULT_CASE_TEMPLATE;
    @Column(name = "decision_number_template", nullable = false, length = 100)
    private String decisionNumberTemplate = DEFAULT_DECISION_TEMPLATE;
    @Column(name = "filing_chain", nullable = false, length = 500)
    private String filingChain = DEFAULT_FILING_CHAIN;
    @Column(name = "proposal_chain", nullable = false, length = 500)
    private String proposalChain = DEFAULT_PROPOSAL_CHAIN;
    @Column(name = "decision_chain", nullable = false, length = 500)
    private String decisionChain = DEFAULT_DECISION_CHAIN;

    protected EnforcementSettings() {
    }

    static EnforcementSettings defaults(OrgUnitView town) {
        EnforcementSettings s = new EnforcementSettings();
        s.assignHolder(town);
        return s;
    }

    /** One entry of an approval chain: who signs (承办人, 分管领导 …) and the permission the signer needs. */
    public record ChainEntry(String label, String permission) {
    }

    public List<ChainEntry> chain(ApprovalStage stage) {
        return parse(switch (stage) {
            case FILING -> filingChain;
            case PROPOSAL -> proposalChain;
            case DECISION -> decisionChain;
        });
    }

    static List<ChainEntry> parse(String text) {
        List<ChainEntry> out = new ArrayList<>();
        if (text == null || text.isBlank()) {
            return out;
        }
        for (String part : text.split("[,，]")) {
            String[] lp = part.strip().split("[:：]");
            if (lp.length != 2 || lp[0].isBlank() || !List.of("ENFORCEMENT_WRITE", "CASE_APPROVE", "LEGAL_REVIEW")
                    .contains(lp[1].strip())) {
                throw RuleViolation.onField("chain", "enforcement.settings.chain", part.strip());
            }
            out.add(new ChainEntry(lp[0].strip(), lp[1].strip()));
        }
        return out;
    }

    void update(boolean reviewAll, boolean excludeHearing, boolean excludeAppraisal, int maxExtension,
                int extensions, int statementDays, BigDecimal finePerson, BigDecimal fineOrg, String caseTemplate,
                String decisionTemplate, String filing, String proposal, String decision) {
        List<RuleViolation.FieldProblem> p = new ArrayList<>();
        if (maxExtension < 0 || maxExtension > 365) {
            p.add(new RuleViolation.FieldProblem("maxExtensionDays", "enforcement.settings.range"));
        }
        if (extensions < 0 || extensions > MAX_EXTENSIONS_LIMIT) {
            p.add(new RuleViolation.FieldProblem("maxExtensions", "enforcement.settings.extensions",
                    MAX_EXTENSIONS_LIMIT));
        }
        if (statementDays < 1 || statementDays > 30) {
            p.add(new RuleViolation.FieldProblem("statementWorkingDays", "enforcement.settings.range"));
        }
        if (finePerson == null || finePerson.signum() <= 0 || fineOrg == null || fineOrg.signum() <= 0) {
            p.add(new RuleViolation.FieldProblem("hearingFinePerson", "enforcement.settings.range"));
        }
        for (String[] t : new String[][] {{"caseNumberTemplate", caseTemplate}, {"decisionNumberTemplate",
                decisionTemplate}}) {
            if (t[1] == null || !t[1].contains("{no}") || t[1].length() > 100) {
                p.add(new RuleViolation.FieldProblem(t[0], "enforcement.settings.template", "{no}"));
            }
        }
        if (!p.isEmpty()) {
            throw RuleViolation.ofFields(p);
        }
        parse(filing);
        parse(proposal);
        parse(decision);
        this.reviewAllOrdinary = reviewAll;
        this.excludeHearingTime = excludeHearing;
        this.excludeAppraisalTime = excludeAppraisal;
        this.maxExtensionDays = maxExtension;
        this.maxExtensions = extensions;
        this.statementWorkingDays = statementDays;
        this.hearingFinePerson = finePerson;
        this.hearingFineOrg = fineOrg;
        this.caseNumberTemplate = caseTemplate.strip();
        this.decisionNumberTemplate = decisionTemplate.strip();
        this.filingChain = filing == null ? "" : filing.strip();
        this.proposalChain = proposal == null ? "" : proposal.strip();
        this.decisionChain = decision == null ? "" : decision.strip();
    }

    /**
     * The province's large amounts confiscated (第63条第1款第2项), a citizen's and an organisation's; both positive.
     * Set with the other settings, in the same transaction.
     */
    void updateHearingConfiscation(BigDecimal person, BigDecimal org) {
        List<RuleViolation.FieldProblem> p = new ArrayList<>();
        if (person == null || person.signum() <= 0) {
            p.add(new RuleViolation.FieldProblem("hearingConfiscationPerson", "enforcement.settings.range"));
        }
        if (org == null || org.signum() <= 0) {
            p.add(new RuleViolation.FieldProblem("hearingConfiscationOrg", "enforcement.settings.range"));
        }
        if (!p.isEmpty()) {
            throw RuleViolation.ofFields(p);
        }
        this.hearingConfiscationPerson = person;
        this.hearingConfiscationOrg = org;
    }

    public boolean isReviewAllOrdinary() { return reviewAllOrdinary; }
    public boolean isExcludeHearingTime() { return excludeHearingTime; }
    public boolean isExcludeAppraisalTime() { return excludeAppraisalTime; }
    public int getMaxExtensionDays() { return maxExtensionDays; }
    public int getMaxExtensions() { return maxExtensions; }
    public int getStatementWorkingDays() { return statementWorkingDays; }
    public BigDecimal getHearingFinePerson() { return hearingFinePerson; }
    public BigDecimal getHearingFineOrg() { return hearingFineOrg; }
    public BigDecimal getHearingConfiscationPerson() { return hearingConfiscationPerson; }
    public BigDecimal getHearingConfiscationOrg() { return hearingConfiscationOrg; }
    public String getCaseNumberTemplate() { return caseNumberTemplate; }
    public String getDecisionNumberTemplate() { return decisionNumberTemplate; }
    public String getFilingChain() { return filingChain; }
    public String getProposalChain() { return proposalChain; }
    public String getDecisionChain() { return decisionChain; }
}
