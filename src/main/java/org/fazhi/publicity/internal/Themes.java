package org.fazhi.publicity.internal;

import java.util.ArrayList;
import java.util.List;
import org.fazhi.organization.OrgUnitView;
import org.fazhi.shared.Input;
import org.fazhi.shared.RuleViolation;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 普法主题 — the list of themes a town's activities and questions choose from: the themes every town starts with
 * ({@link #DEFAULTS}, the national campaigns and the 八五普法 priorities) and those the town added.
 */
@Service
@Transactional
public class Themes {

    /** The themes every town's list starts with. */
    public static final List<String> DEFAULTS = List.of("宪法", "民法典", "国家安全法", "长江保护法", "反诈", "禁毒",
            "妇女权益保护", "消费者权益保护", "爱国主义教育法", "信访工作条例", "送法进校园", "送法进企业", "农民工学法活动周",
            "法律明白人培训", "法治文艺下乡");

    private final ThemeRepository themes;

    Themes(ThemeRepository themes) {
        this.themes = themes;
    }

    /** The town's list: the defaults, then the town's own in the order they were added. */
    @Transactional(readOnly = true)
    public List<String> of(long townId) {
        List<String> all = new ArrayList<>(DEFAULTS);
        themes.findByTownIdOrderByIdAsc(townId).forEach(t -> all.add(t.getName()));
        return all;
    }

    /** Adds a theme to the list of the caller's town; a theme already on the list is refused naming it. */
    public Theme addForCaller(String name) {
        return add(name, Activities.holderOfCaller());
    }

    /** Adds a theme to the list of the town the holder belongs to; a theme already on the list is refused. */
    public Theme add(String name, OrgUnitView holder) {
        String n = Input.requireText("themeName", name, 40);
        if (of(holder.townId()).contains(n)) {
            throw RuleViolation.onField("themeName", "publicity.theme.exists", n);
        }
        return themes.save(new Theme(n, holder));
    }
}
