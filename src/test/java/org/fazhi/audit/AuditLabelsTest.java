package org.fazhi.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.fazhi.audit.web.AuditVocabulary;
import org.fazhi.shared.web.Labels;
import org.fazhi.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The audit trail can say everything it records in both languages: every record type, every value of every audited
 * record (walked from the persistence metamodel), every value's enum constants and every action code the modules note.
 */
class AuditLabelsTest extends IntegrationTest {

    /**
     * Codes built from a prefix and an enum constant, and the enums they are built from; a new code built so must be
     * added here, or the test fails on its prefix.
     */
    private static final Map<String, List<String>> BUILT_CODES = Map.of(
            "DEADLINE_", List.of("org.fazhi.deadline.internal.AlertLevel",
                    "org.fazhi.deadline.internal.ClockState$Step"),
            "DISCLOSURE_", List.of("org.fazhi.disclosure.internal.ApplicationStep$Kind"));

    /** A code in a line that notes a change: {@code "CODE"}, {@code "CODE:"…} or a prefix {@code "CODE_" +}. */
    private static final Pattern CODE = Pattern.compile("\"([A-Z][A-Z0-9_]*)(:[^\"]*)?\"(\\s*\\+)?");

    @Autowired
    AuditVocabulary vocabulary;

    private static Properties bundle(String name) throws Exception {
        Properties p = new Properties();
        for (Path f : Files.list(Path.of("src/main/resources/i18n")).toList()) {
            if (name.equals("zh") == !f.getFileName().toString().contains("_en")) {
                try (var in = new InputStreamReader(Files.newInputStream(f), StandardCharsets.UTF_8)) {
                    p.load(in);
                }
            }
        }
        return p;
    }

    private Map<String, Class<?>> audited() {
        Map<String, Class<?>> out = new java.util.TreeMap<>(vocabulary.entities());
        out.values().removeIf(c -> c.getName().startsWith("org.fazhi.support."));
        return out;
    }

    @Test
    void every_record_type_and_every_value_of_every_audited_record_has_a_label_in_both_languages() throws Exception {
        List<String> missing = new ArrayList<>();
        for (String lang : List.of("zh", "en")) {
            Properties p = bundle(lang);
            for (String type : audited().keySet()) {
                if (!p.containsKey("audit.entity." + type)) {
                    missing.add(lang + ": audit.entity." + type);
                }
                for (AuditVocabulary.Field f : vocabulary.fieldsOf(type).values()) {
                    f.labelKeys().stream().filter(k -> !p.containsKey(k)).forEach(k -> missing.add(lang + ": " + k));
                }
            }
        }
        assertThat(new TreeSet<>(missing)).isEmpty();
        assertThat(audited()).containsKeys("PenaltyCase", "Dispute", "DisclosureApplication", "AppUser", "RoleGrant");
    }

    @Test
    void every_former_name_of_a_value_leads_to_a_value_the_record_keeps_now_and_to_no_other() {
        List<String> wrong = new ArrayList<>();
        for (String type : audited().keySet()) {
            vocabulary.formerNamesOf(type).forEach((former, path) -> {
                if (!vocabulary.fieldsOf(type).containsKey(path)) {
                    wrong.add(type + "." + former + " -> " + path + " (no such value)");
                }
                if (vocabulary.fieldsOf(type).containsKey(former)) {
                    wrong.add(type + "." + former + " (a value has that name now)");
                }
            });
        }
        assertThat(wrong).isEmpty();
        assertThat(vocabulary.formerNamesOf("DeadlineClock")).containsEntry("periodAmount", "period.amount");
    }

    @Test
    void every_constant_of_an_audited_enum_value_reads_as_a_label_in_both_languages() throws Exception {
        List<String> missing = new ArrayList<>();
        for (String lang : List.of("zh", "en")) {
            Properties p = bundle(lang);
            for (String type : audited().keySet()) {
                for (AuditVocabulary.Field f : vocabulary.fieldsOf(type).values()) {
                    if (!f.type().isEnum()) {
                        continue;
                    }
                    for (Object c : f.type().getEnumConstants()) {
                        String key = Labels.keyOf((Enum<?>) c);
                        int cut = key.indexOf(".enum.");
                        String alias = p.getProperty("audit.enumLabels." + key.substring(0, cut) + "."
                                + key.substring(cut + 6, key.lastIndexOf('.')));
                        if (!p.containsKey(key) && (alias == null || !p.containsKey(alias + "." + ((Enum<?>) c).name()))) {
                            missing.add(lang + ": " + key);
                        }
                    }
                }
            }
        }
        assertThat(new TreeSet<>(missing)).isEmpty();
    }

    @Test
    void every_action_code_a_module_notes_has_a_label_in_both_languages() throws Exception {
        Set<String> codes = new TreeSet<>(List.of("CREATE", "UPDATE", "DELETE", "NOTE"));
        Set<String> prefixes = new TreeSet<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/java/org/fazhi"))) {
            for (Path f : files.filter(x -> x.toString().endsWith(".java")).toList()) {
                for (String line : Files.readAllLines(f)) {
                    boolean security = line.contains("noteSecurityEvent(") || line.contains("SECURITY_EVENT +");
                    if (!security && !line.contains("noteChange(") && !line.contains("String action =")
                            && !line.contains(".edited(")) {
                        continue;
                    }
                    Matcher m = CODE.matcher(line);
                    while (m.find()) {
                        String code = m.group(1);
                        if (m.group(3) != null && m.group(2) == null && code.endsWith("_")) {
                            prefixes.add(code);
                        } else {
                            codes.add(security && !line.contains("SECURITY_EVENT = ") ? "SECURITY." + code : code);
                        }
                    }
                }
            }
        }
        assertThat(prefixes).isEqualTo(BUILT_CODES.keySet());
        for (var built : BUILT_CODES.entrySet()) {
            for (String type : built.getValue()) {
                for (Object c : Class.forName(type).getEnumConstants()) {
                    codes.add(built.getKey() + ((Enum<?>) c).name());
                }
            }
        }
        assertThat(codes).contains("TRANSITION", "SECURITY.LOCK", "SECURITY.ROLE_GRANT", "FOLLOW_UP", "REVOKED");
        List<String> missing = new ArrayList<>();
        for (String lang : List.of("zh", "en")) {
            Properties p = bundle(lang);
            codes.stream().filter(c -> !p.containsKey("audit.action." + c)).forEach(c -> missing.add(lang + ": " + c));
        }
        assertThat(missing).isEmpty();
    }
}
