package org.tandem.mentoring.web.dashboard;

import com.atlassian.sal.api.message.I18nResolver;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.tandem.mentoring.service.dashboard.Retention;

/**
 * The programme dashboard's retention table: mentees against people who took no part, the share of each still in
 * the org chart 3, 6 and 12 months after the programme's start. Groups under k read "fewer than k".
 */
public final class RetentionSections {

    private final I18nResolver i18n;
    private final Texts texts;

    /** @param locale the reader's, or null for the CSV file */
    public RetentionSections(I18nResolver i18n, Locale locale) {
        this.i18n = i18n;
        this.texts = new Texts(i18n, locale);
    }

    public Section of(Retention retention) {
        List<String> headers = new ArrayList<>(List.of(t("tandem.dashboard.retention.group"),
                t("tandem.dashboard.retention.people")));
        retention.horizons().forEach(h -> headers.add(t("tandem.dashboard.retention.after",
                texts.number(h.months()), texts.date(h.day().atStartOfDay(ZoneOffset.UTC).toInstant()))));
        boolean nobody = retention.groups().stream().allMatch(g -> g.people() != null && g.people() == 0);
        List<List<String>> rows = new ArrayList<>();
        if (retention.start() != null && !nobody) {
            for (Retention.Group group : retention.groups()) {
                List<String> row = new ArrayList<>(List.of(
                        t("tandem.dashboard.retention." + group.group().toLowerCase(Locale.ROOT).replace('_', '-')),
                        texts.count(group.people(), retention.k())));
                for (int i = 0; i < retention.horizons().size(); i++) {
                    Integer share = group.stayedPercent().get(i);
                    row.add(!retention.horizons().get(i).reached() ? t("tandem.dashboard.retention.not-yet")
                            : share == null ? texts.fewer(retention.k()) : t("tandem.dashboard.percent", share));
                }
                rows.add(row);
            }
        }
        return new Section("retention", t("tandem.dashboard.retention"), null, headers, rows,
                t(retention.start() == null ? "tandem.dashboard.retention.no-start" : "tandem.dashboard.retention.empty"));
    }

    private String t(String key, java.io.Serializable... args) {
        return i18n.getText(key, args);
    }
}
