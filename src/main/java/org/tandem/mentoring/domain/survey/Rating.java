package org.tandem.mentoring.domain.survey;

/** A score from 1 to 5 given to one item (a pulse question or a statement). */
public record Rating(String item, int score) {

    public static final int LOWEST = 1;
    public static final int HIGHEST = 5;

    public static boolean inRange(int score) {
        return score >= LOWEST && score <= HIGHEST;
    }
}
