package org.tandem.mentoring.domain.matching;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.Map;
import java.util.StringJoiner;

/**
 * The default English wording of the explanation keys, for tests, logs and as the source text of the i18n bundle.
 * The patterns are {@link MessageFormat} patterns, the same syntax the host's i18n resolver uses.
 */
public final class EnglishExplanations {

    public static final String THEMES = "tandem.matching.reason.themes";
    public static final String MENTEE_PREFERENCE = "tandem.matching.reason.menteePreference";
    public static final String MENTOR_PREFERENCE = "tandem.matching.reason.mentorPreference";
    public static final String OTHER_DEPARTMENT = "tandem.matching.reason.otherDepartment";
    public static final String LANGUAGE = "tandem.matching.reason.language";
    public static final String SAME_TIME_ZONE = "tandem.matching.reason.sameTimeZone";
    public static final String TIME_ZONE_APART = "tandem.matching.reason.timeZoneApart";
    public static final String MENTOR_ABOVE = "tandem.matching.reason.mentorAbove";
    public static final String MENTOR_BELOW = "tandem.matching.reason.mentorBelow";
    public static final String SAME_LEVEL = "tandem.matching.reason.sameLevel";
    public static final String NO_PARTICULAR_FIT = "tandem.matching.reason.none";
    public static final String SPEED_MUTUAL_CHOICE = "tandem.matching.reason.speedChoice";
    public static final String SPEED_BOTH_FIRST = "tandem.matching.reason.speedBothFirst";
    public static final String SPEED_RANKED = "tandem.matching.reason.speedRanked";

    private static final Map<String, String> PATTERNS = Map.ofEntries(
            Map.entry(THEMES, "{0,choice,1#1 shared theme|1<{0,number,integer} shared themes}: {1}"),
            Map.entry(MENTEE_PREFERENCE, "mentee''s choice no. {0,number,integer}"),
            Map.entry(MENTOR_PREFERENCE, "mentor''s choice no. {0,number,integer}"),
            Map.entry(OTHER_DEPARTMENT, "different department"),
            Map.entry(LANGUAGE, "both speak {0}"),
            Map.entry(SAME_TIME_ZONE, "same time zone"),
            Map.entry(TIME_ZONE_APART, "{0,choice,1#1 hour|1<{0,number,integer} hours} apart"),
            Map.entry(MENTOR_ABOVE, "mentor {0,choice,1#1 level|1<{0,number,integer} levels} above"),
            Map.entry(MENTOR_BELOW, "mentor {0,choice,1#1 level|1<{0,number,integer} levels} below"),
            Map.entry(SAME_LEVEL, "same level"),
            Map.entry(NO_PARTICULAR_FIT, "no particular fit; paired so that more people have a mentor"),
            Map.entry(SPEED_MUTUAL_CHOICE, "mentee''s choice no. {0,number,integer}, mentor''s choice no. {1,number,integer}"),
            Map.entry(SPEED_BOTH_FIRST, "{0} and {1} both ranked each other first"),
            Map.entry(SPEED_RANKED, "{0} ranked {1} " + ordinal(2) + "; {1} ranked {0} " + ordinal(3)));

    private EnglishExplanations() {
    }

    /** An English ordinal of argument {@code n} (1st, 2nd, 3rd, 4th ... 21st, 22nd, 23rd, 24th ...). */
    private static String ordinal(int n) {
        String number = "{" + n + ",number,integer}";
        return "{" + n + ",choice,1#1st|2#2nd|3#3rd|3<" + number + "th|21#21st|22#22nd|23#23rd|23<" + number + "th}";
    }

    /** Every key with its English pattern, for the i18n bundle. */
    public static Map<String, String> patterns() {
        return PATTERNS;
    }

    public static String format(Explanation explanation) {
        StringJoiner line = new StringJoiner("; ");
        for (Explanation.Part part : explanation.parts()) {
            line.add(format(part));
        }
        return line.toString();
    }

    public static String format(Explanation.Part part) {
        String pattern = PATTERNS.get(part.key());
        if (pattern == null) {
            return part.key() + part.args();
        }
        return new MessageFormat(pattern, Locale.ENGLISH).format(part.args().toArray());
    }
}
