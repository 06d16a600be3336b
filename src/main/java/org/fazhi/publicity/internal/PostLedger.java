package org.fazhi.publicity.internal;

import java.util.List;
import org.fazhi.ledger.LedgerColumn;
import org.fazhi.ledger.LedgerFormat;
import org.fazhi.ledger.LedgerKey;
import org.fazhi.ledger.LedgerRow;
import org.fazhi.ledger.LedgerValues;
import org.fazhi.organization.Permission;
import org.springframework.stereotype.Component;

/** 网络普法发布台账 — one row per post. Natural key: 发布日期 + 平台 + 标题. */
@Component
public class PostLedger implements LedgerFormat<Activities.NewPost> {

    public static final String NAME = "网络普法发布台账";
    static final String COL_DATE = "发布日期";
    static final String COL_PLATFORM = "平台";
    static final String COL_TYPE = "类型";
    static final String COL_TITLE = "标题";
    static final String COL_LINK = "链接";

    private final Activities activities;

    PostLedger(Activities activities) {
        this.activities = activities;
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String authority() {
        return Permission.PUBLICITY_MANAGE.name();
    }

    @Override
    public List<LedgerColumn> columns() {
        return List.of(LedgerColumn.required(COL_DATE, "ledger.publicity.postDate.hint"),
                LedgerColumn.required(COL_PLATFORM, "ledger.publicity.platform.hint"),
                LedgerColumn.required(COL_TYPE, "ledger.publicity.postType.hint"),
                LedgerColumn.required(COL_TITLE, "ledger.publicity.title.hint"),
                LedgerColumn.optional(COL_LINK, "ledger.publicity.link.hint"));
    }

    @Override
    public Activities.NewPost read(LedgerRow row) {
        return new Activities.NewPost(row.value(COL_DATE, LedgerValues::date),
                row.value(COL_PLATFORM, t -> LedgerValues.oneOf(t, PostPlatform.byLabel())),
                row.value(COL_TYPE, t -> LedgerValues.oneOf(t, PostType.byLabel())),
                row.value(COL_TITLE, LedgerValues.text(200)), row.value(COL_LINK, LedgerValues.text(500)));
    }

    @Override
    public LedgerKey keyOf(Activities.NewPost p) {
        return LedgerKey.of(Activities.holderOfCaller().townId(), p.postedOn(), p.platform().name(),
                LedgerValues.normalise(p.title()));
    }

    @Override
    public void save(Activities.NewPost p) {
        activities.post(p);
    }

    @Override
    public String columnOf(String field) {
        return switch (field == null ? "" : field) {
            case "postedOn" -> COL_DATE;
            case "platform" -> COL_PLATFORM;
            case "type" -> COL_TYPE;
            case "title" -> COL_TITLE;
            case "link" -> COL_LINK;
            default -> null;
        };
    }
}
