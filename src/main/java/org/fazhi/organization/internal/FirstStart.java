package org.fazhi.organization.internal;

import org.fazhi.organization.InstallationInfo;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import javax.sql.DataSource;
import org.fazhi.organization.scope.DataScope;
import org.fazhi.organization.DemoCalendar;
import org.fazhi.organization.DemoDataContributor;
import org.fazhi.organization.OrgUnitType;
import org.fazhi.organization.OrgUnitView;
import org.fazhi.organization.Role;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * First start on an empty database: installs the default role grants and password policy, then either loads the
 * demo data (two towns, one account per role, each module's demo records) or creates only the three administrator
 * accounts. Runs once: an installation that has any org unit is left alone, so a restart never loads the demo twice.
 */
@Component
class FirstStart implements org.fazhi.organization.InstallationInfo {

    static final String DEMO_FLAG = "demo-data";

    private static final Logger log = LoggerFactory.getLogger(FirstStart.class);
    private static final String ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnpqrstuvwxyz23456789";

    /** The 26 villages and communities of 三星镇; 林西村 is named in the 2024 report, the others are demo names. */
    static final List<String> SANXING_VILLAGES = List.of("林西村", "叠石桥社区", "三星社区", "东兴村", "西宏村",
            "南海村", "北河村", "新桥村", "永安村", "红星村", "金桥村", "银河村", "光明村", "富民村", "长春村", "友谊村",
            "和平村", "兴隆村", "民主村", "团结村", "幸福村", "建设村", "丰收村", "向阳村", "联合村", "家纺城社区");

    static final List<String> TOWN_DEPARTMENTS = List.of("司法所", "综合行政执法局", "党政办", "镇人民调解委员会",
            "应急管理办公室", "政务公开办公室");

    private final JdbcTemplate jdbc;
    private final OrgService orgs;
    private final UserService users;
    private final SecurityPolicyService policies;
    private final AccountService accounts;
    private final List<DemoDataContributor> contributors;
    private final Boolean demoEnabled;
    private final String demoPassword;
    private final String districtName;
    private final DataSource dataSource;
    private final Clock clock;
    private final ObjectProvider<DemoCalendar.WorkingDays> workingDays;
    private volatile Boolean demoData;

    FirstStart(JdbcTemplate jdbc, OrgService orgs, UserService users, SecurityPolicyService policies,
               AccountService accounts, List<DemoDataContributor> contributors,
               @Value("${fazhi.demo.enabled:#{null}}") Boolean demoEnabled,
               @Value("${fazhi.demo.password:}") String demoPassword,
               @Value("${fazhi.bootstrap.district-name:海门区}") String districtName, DataSource dataSource,
               Clock clock, ObjectProvider<DemoCalendar.WorkingDays> workingDays) {
        this.jdbc = jdbc;
        this.orgs = orgs;
        this.users = users;
        this.policies = policies;
        this.accounts = accounts;
        this.contributors = contributors;
        this.demoEnabled = demoEnabled;
        this.demoPassword = demoPassword;
        this.districtName = districtName;
        this.dataSource = dataSource;
        this.clock = clock;
        this.workingDays = workingDays;
    }

    @EventListener(ApplicationReadyEvent.class)
    @Order(0)
    public void onReady() {
        Integer count = jdbc.queryForObject("select count(*) from org_unit", Integer.class);
        if (demoWanted() && demoPassword != null && !demoPassword.isBlank()) {
            requireDemoPasswordPassesPolicy();
        }
        if (count != null && count > 0) {
            if (demoData()) {
                log.warn("\n=== Fazhi 演示环境：本安装载有演示数据和公开的演示账户，不得用于真实工作。===\n");
            }
            return;
        }
        DataScope.asSystem(() -> {
            policies.installDefaults();
            if (demoWanted()) {
                loadDemo();
            } else {
                createAdministrators();
            }
        });
    }

    /**
     * The demo accounts' password is known to anyone who read the configuration or the README: it must at least
     * satisfy the password policy, or the platform does not start.
     */
    private void requireDemoPasswordPassesPolicy() {
        try {
            DataScope.asSystem(() -> policies.policy().check(demoPassword));
        } catch (org.fazhi.shared.RuleViolation e) {
            PasswordPolicy p = DataScope.asSystem(() -> policies.policy());
            throw new IllegalStateException("FAZHI_DEMO_PASSWORD (fazhi.demo.password) 不符合密码策略：至少 "
                    + p.getMinLength() + " 位" + (p.isRequireLetterAndDigit() ? "，须同时包含字母和数字" : "")
                    + "。请更换演示密码，或不设置它（将生成随机密码）后再启动。");
        }
    }

    @Override
    public boolean demoData() {
        Boolean known = demoData;
        if (known == null) {
            Integer n = jdbc.queryForObject("select count(*) from installation_flag where name = ?", Integer.class,
                    DEMO_FLAG);
            known = n != null && n > 0;
            demoData = known;
        }
        return known;
    }

    /** {@code fazhi.demo.enabled}; unset means: on for the embedded H2, off for any other database. */
    boolean demoWanted() {
        if (demoEnabled != null) {
            return demoEnabled;
        }
        try (var c = dataSource.getConnection()) {
            return c.getMetaData().getURL().startsWith("jdbc:h2:");
        } catch (java.sql.SQLException e) {
            return false;
        }
    }

    private void createAdministrators() {
        OrgUnitView district = orgs.create(districtName, OrgUnitType.DISTRICT, null, null, 0, false);
        StringBuilder printed = new StringBuilder();
        for (var e : List.of(new Object[] {"admin", "系统管理员", Role.SYSTEM_ADMIN},
                new Object[] {"secadmin", "安全管理员", Role.SECURITY_ADMIN},
                new Object[] {"auditor", "审计管理员", Role.AUDIT_ADMIN})) {
            String pw = randomPassword();
            users.create((String) e[0], (String) e[1], district.id(), Set.of((Role) e[2]), pw, false);
            users.requirePasswordChange((String) e[0]);
            printed.append("\n    ").append(e[0]).append(" / ").append(pw);
        }
        log.warn("\n=== Fazhi 首次启动：已创建三员管理员账户（密码仅显示这一次，首次登录时必须修改）==={}\n", printed);
    }

    private void loadDemo() {
        String pw = demoPassword == null || demoPassword.isBlank() ? randomPassword() : demoPassword;
        jdbc.update("insert into installation_flag (name, set_at) values (?, current_timestamp)", DEMO_FLAG);
        demoData = true;
        OrgUnitView district = orgs.create(districtName, OrgUnitType.DISTRICT, null, "320684", 0, false);
        OrgUnitView sanxing = orgs.create("三星镇", OrgUnitType.TOWN, district.id(), "320684105", 1, false);
        int i = 0;
        for (String v : SANXING_VILLAGES) {
            orgs.create(v, OrgUnitType.VILLAGE, sanxing.id(), null, ++i, !v.equals("林西村"));
        }
        i = 0;
        for (String d : TOWN_DEPARTMENTS) {
            orgs.create(d, OrgUnitType.DEPARTMENT, sanxing.id(), null, ++i, false);
        }
        OrgUnitView town2 = orgs.create("示例镇", OrgUnitType.TOWN, district.id(), null, 2, true);
        i = 0;
        for (String v : List.of("示例一村", "示例二村", "示例社区")) {
            orgs.create(v, OrgUnitType.VILLAGE, town2.id(), null, ++i, true);
        }
        i = 0;
        for (String d : TOWN_DEPARTMENTS) {
            orgs.create(d, OrgUnitType.DEPARTMENT, town2.id(), null, ++i, true);
        }
        long s = sanxing.id();
        long t2 = town2.id();
        // invented office contacts (no real number starts with 0 after the area code), shown on the portal
        orgs.setPublicContact(dept(s, "镇人民调解委员会"), "0513-0000 0101", "三星镇人民政府便民服务中心二楼（示例地址）");
        orgs.setPublicContact(dept(t2, "镇人民调解委员会"), "0513-0000 0201", "示例镇人民政府一楼（示例地址）");
        String hash = users.hash(pw);
        user("admin", "系统管理员", district.id(), Role.SYSTEM_ADMIN, hash);
        user("secadmin", "安全管理员", district.id(), Role.SECURITY_ADMIN, hash);
        user("auditor", "审计管理员", district.id(), Role.AUDIT_ADMIN, hash);
        user("supervisor", "区司法局监督员", district.id(), Role.SUPERVISOR, hash);
        user("duty-officer", "应急值班员（示例）", dept(s, "应急管理办公室"), Role.EMERGENCY_OFFICER, hash);
        user("leader", "镇领导（示例）", s, Role.LEADER, hash);
        user("reviewer", "法制审核员（示例）", dept(s, "司法所"), Role.LEGAL_REVIEWER, hash);
        user("officer1", "执法人员甲（示例）", dept(s, "综合行政执法局"), Role.OFFICER, hash);
        user("officer2", "执法人员乙（示例）", dept(s, "综合行政执法局"), Role.OFFICER, hash);
        user("mediator", "镇调委会调解员（示例）", dept(s, "镇人民调解委员会"), Role.MEDIATOR, hash);
        user("village-mediator", "林西村调解员（示例）", child(s, "林西村"), Role.MEDIATOR, hash);
        user("counsel", "法律顾问（示例）", s, Role.COUNSEL, hash);
        user("village-counsel", "林西村法律顾问（示例）", child(s, "林西村"), Role.COUNSEL, hash);
        user("clerk", "政务公开专员（示例）", dept(s, "政务公开办公室"), Role.DISCLOSURE_CLERK, hash);
        user("educator", "普法专员（示例）", dept(s, "司法所"), Role.EDUCATOR, hash);
        user("t2-admin", "示例镇系统管理员", t2, Role.SYSTEM_ADMIN, hash);
        user("t2-duty-officer", "示例镇应急值班员", dept(t2, "应急管理办公室"), Role.EMERGENCY_OFFICER, hash);
        user("t2-mediator", "示例镇调解员", dept(t2, "镇人民调解委员会"), Role.MEDIATOR, hash);
        user("t2-clerk", "示例镇公开专员", dept(t2, "政务公开办公室"), Role.DISCLOSURE_CLERK, hash);
        user("t2-officer1", "示例镇执法人员甲", dept(t2, "综合行政执法局"), Role.OFFICER, hash);
        user("t2-officer2", "示例镇执法人员乙", dept(t2, "综合行政执法局"), Role.OFFICER, hash);
        if (demoPassword == null || demoPassword.isBlank()) {
            log.warn("\n=== Fazhi 演示环境：已加载演示数据，不得用于真实工作。所有演示账户（admin、leader、officer1 …）"
                    + "的密码仅显示这一次：{} ===\n", pw);
        } else {
            log.warn("\n=== Fazhi 演示环境：已加载演示数据，不得用于真实工作。演示账户的密码取自 FAZHI_DEMO_PASSWORD，"
                    + "知道它的人都能登录。===\n");
        }
        // one today for every contributor, taken once: the demo is dated from the day of the first start
        DemoCalendar dates = new DemoCalendar(LocalDate.now(clock),
                workingDays.getIfAvailable(() -> DemoCalendar.WorkingDays.WEEKDAYS));
        DemoLoad.run(contributors, accounts, dates);
    }

    private long dept(long townId, String name) {
        return child(townId, name);
    }

    private long child(long parentId, String name) {
        Long id = jdbc.queryForObject("select id from org_unit where parent_id = ? and name = ?", Long.class,
                parentId, name);
        return id;
    }

    private void user(String username, String name, long unit, Role role, String passwordHash) {
        users.create(username, name, unit, EnumSet.of(role), () -> passwordHash);
    }

    static String randomPassword() {
        SecureRandom r = new SecureRandom();
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < 14; i++) {
            sb.append(ALPHABET.charAt(r.nextInt(ALPHABET.length())));
        }
        return sb.append(r.nextInt(10)).toString();
    }
}
