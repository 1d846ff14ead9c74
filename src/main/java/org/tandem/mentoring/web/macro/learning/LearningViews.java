package org.tandem.mentoring.web.macro.learning;

import com.atlassian.sal.api.message.I18nResolver;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.tandem.mentoring.domain.learning.ExpectationsMeeting;
import org.tandem.mentoring.domain.learning.Learning;
import org.tandem.mentoring.domain.programme.LearningTheme;
import org.tandem.mentoring.service.ViewerLanguage;
import org.tandem.mentoring.service.learning.ExpectationsMeetings;
import org.tandem.mentoring.service.programme.ThemeNames;

/** What the learning macros' templates read: plain getters over what the services let through. */
public final class LearningViews {

    private LearningViews() {
    }

    /** A theme to choose. */
    public static final class Option {
        private final int id;
        private final String name;
        private final boolean selected;

        Option(int id, String name, boolean selected) {
            this.id = id;
            this.name = name;
            this.selected = selected;
        }

        public int getId() {
            return id;
        }

        public String getName() {
            return name;
        }

        public boolean isSelected() {
            return selected;
        }
    }

    /** One learning. */
    public static final class Item {
        private final Learning learning;
        private final String theme;

        Item(Learning learning, Map<Integer, String> themeNames, I18nResolver i18n) {
            this.learning = learning;
            this.theme = ThemeNames.of(i18n, themeNames.getOrDefault(learning.themeId(), ""));
        }

        public int getId() {
            return learning.id();
        }

        public int getVersion() {
            return learning.version();
        }

        public String getTheme() {
            return theme;
        }

        public String getText() {
            return learning.text();
        }

        public boolean isShared() {
            return learning.shared();
        }

        public String getFeedback() {
            return learning.feedback();
        }
    }

    /** The expectations meeting as the viewer may see it. */
    public static final class Meeting {
        private final ExpectationsMeetings.State state;
        private final I18nResolver i18n;
        private final Locale locale;

        Meeting(ExpectationsMeetings.State state, I18nResolver i18n, Locale locale) {
            this.state = state;
            this.i18n = i18n;
            this.locale = locale;
        }

        public int getPairingId() {
            return state.pairingId();
        }

        public boolean isHeld() {
            return state.held();
        }

        /** The day the meeting was held, as a date field's value (yyyy-mm-dd). */
        public String getHeldOn() {
            return state.heldOn() == null ? "" : state.heldOn().toString();
        }

        /** The day the meeting was held, as the viewer's language writes a date. */
        public String getHeldOnText() {
            return state.heldOn() == null ? "" : ViewerLanguage.date(state.heldOn(), locale);
        }

        public boolean isMayRecord() {
            return state.mayRecord();
        }

        public String getManagerName() {
            return state.managerName();
        }

        public boolean isDetailed() {
            return state.meeting() != null;
        }

        public int getVersion() {
            return state.meeting() == null ? 0 : state.meeting().version();
        }

        public String getSupportTime() {
            ExpectationsMeeting m = state.meeting();
            return m == null || m.supportTime() == null ? "" : m.supportTime();
        }

        public String getSupportTasks() {
            ExpectationsMeeting m = state.meeting();
            return m == null || m.supportTasks() == null ? "" : m.supportTasks();
        }

        public String getNotes() {
            ExpectationsMeeting m = state.meeting();
            return m == null || m.notes() == null ? "" : m.notes();
        }

        public List<Option> getThemes() {
            Set<Integer> agreed = state.meeting() == null ? Set.of() : Set.copyOf(state.meeting().themeIds());
            return options(state.themes(), agreed, i18n);
        }
    }

    static List<Option> options(List<LearningTheme> themes, Set<Integer> selected, I18nResolver i18n) {
        return themes.stream().map(t -> new Option(t.id(), ThemeNames.of(i18n, t), selected.contains(t.id())))
                .toList();
    }

    static List<Item> items(List<Learning> learnings, Map<Integer, String> themeNames, I18nResolver i18n) {
        return learnings.stream().map(l -> new Item(l, themeNames, i18n)).toList();
    }
}
