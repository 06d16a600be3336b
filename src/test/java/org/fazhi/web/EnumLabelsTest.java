package org.fazhi.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.io.InputStreamReader;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.regex.Pattern;
import org.fazhi.shared.web.Labels;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.AnnotatedBeanDefinition;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AssignableTypeFilter;

/**
 * Every enum that names its constants ({@code label()}) has each name in both bundles under the key {@link Labels}
 * reads, the Chinese one equal to the enum's own label (the name the statistics, ledgers and documents use) and the
 * English one in English — so no option list or status badge falls back to Chinese on an English page.
 */
class EnumLabelsTest {

    private static final Pattern HAN = Pattern.compile("\\p{IsHan}");

    @Test
    void every_labelled_enum_constant_has_its_chinese_and_english_label_in_its_modules_bundle() throws Exception {
        List<String> missing = new ArrayList<>();
        int checked = 0;
        for (Class<?> type : labelledEnums()) {
            String module = type.getPackageName().substring("org.fazhi.".length()).split("\\.")[0];
            Properties zh = load(module + ".properties");
            Properties en = load(module + "_en.properties");
            Method label = type.getMethod("label");
            for (Object constant : type.getEnumConstants()) {
                String key = Labels.keyOf((Enum<?>) constant);
                checked++;
                if (!label.invoke(constant).equals(zh.getProperty(key))) {
                    missing.add(key + " (Chinese: " + label.invoke(constant) + ")");
                }
                String english = en.getProperty(key);
                if (english == null || english.isBlank() || HAN.matcher(english).find()) {
                    missing.add(key + " (English: " + english + ")");
                }
            }
        }
        assertThat(checked).as("labelled enum constants found").isGreaterThan(100);
        assertThat(missing).isEmpty();
    }

    private static List<Class<?>> labelledEnums() throws Exception {
        var scanner = new ClassPathScanningCandidateComponentProvider(false) {
            @Override
            protected boolean isCandidateComponent(AnnotatedBeanDefinition definition) {
                return true;
            }
        };
        scanner.addIncludeFilter(new AssignableTypeFilter(Enum.class));
        List<Class<?>> enums = new ArrayList<>();
        for (var candidate : scanner.findCandidateComponents("org.fazhi")) {
            Class<?> type = Class.forName(candidate.getBeanClassName());
            if (type.isEnum()) {
                try {
                    if (type.getMethod("label").getReturnType() == String.class) {
                        enums.add(type);
                    }
                } catch (NoSuchMethodException e) {
                    // an enum without names of its own: pages show it through keys of their own
                }
            }
        }
        return enums;
    }

    private static Properties load(String file) throws Exception {
        Properties p = new Properties();
        try (InputStream in = Files.newInputStream(Path.of("src/main/resources/i18n", file))) {
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }
}
