package org.tandem.mentoring.domain.dashboard;

/**
 * k-anonymity for the dashboards: a count over people between 1 and {@code k - 1} is not shown (it could point
 * at a person); none and {@code k} or more are. {@code k} is at least {@link #SMALLEST}; administrators may raise
 * it, never lower it.
 */
public record SmallGroups(int k) {

    /** The smallest group a dashboard shows. */
    public static final int SMALLEST = 5;

    public SmallGroups {
        k = Math.max(SMALLEST, k);
    }

    /** The threshold an administrator set, or the standard one; a stored value below it counts as the standard. */
    public static SmallGroups of(java.util.Optional<Integer> configured) {
        return new SmallGroups(configured.orElse(SMALLEST));
    }

    public static SmallGroups standard() {
        return new SmallGroups(SMALLEST);
    }

    /** The count, or null where it must not be shown. */
    public Integer shown(int count) {
        return count > 0 && count < k ? null : count;
    }

    /** A share in whole percent of {@code part} in {@code whole}, or null when either is a small group. */
    public Integer percent(int part, int whole) {
        if (whole == 0 || shown(part) == null || shown(whole) == null) {
            return null;
        }
        return (int) Math.round(100.0 * part / whole);
    }
}
