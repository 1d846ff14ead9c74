/**
 * Matching mentees with mentors, in pure Java.
 *
 * <ul>
 *   <li>{@link org.tandem.mentoring.domain.matching.MatchingEngine} takes a
 *       {@link org.tandem.mentoring.domain.matching.MatchingRequest} (mentees, mentors, the
 *       {@link org.tandem.mentoring.domain.orgchart.OrgChart} and the coordinator's
 *       {@link org.tandem.mentoring.domain.matching.MatchingRules}) and returns a
 *       {@link org.tandem.mentoring.domain.matching.MatchResult}: an optimal set of
 *       {@link org.tandem.mentoring.domain.matching.Proposal}s for the chosen
 *       {@link org.tandem.mentoring.domain.matching.Objective}, each with its points per
 *       {@link org.tandem.mentoring.domain.matching.Criterion} and an
 *       {@link org.tandem.mentoring.domain.matching.Explanation} (message keys and arguments; English in
 *       {@link org.tandem.mentoring.domain.matching.EnglishExplanations}).</li>
 *   <li>{@link org.tandem.mentoring.domain.matching.HardRule} lists what can never be paired;
 *       {@link org.tandem.mentoring.domain.matching.PreparedMatching#check} says which rule forbids a pair and
 *       {@link org.tandem.mentoring.domain.matching.PreparedMatching#describe} scores a pair staged by hand.</li>
 *   <li>{@link org.tandem.mentoring.domain.matching.BMatchingSolver} is the exact solver on a
 *       {@link org.tandem.mentoring.domain.matching.ScoreGraph}.</li>
 *   <li>Speed-mentoring events: {@link org.tandem.mentoring.domain.matching.SpeedEventPlanner} plans the rounds,
 *       {@link org.tandem.mentoring.domain.matching.StableMatcher} turns both sides' rankings into stable pairs.</li>
 * </ul>
 */
package org.tandem.mentoring.domain.matching;
