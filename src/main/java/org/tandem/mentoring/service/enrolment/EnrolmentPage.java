package org.tandem.mentoring.service.enrolment;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.tandem.mentoring.domain.programme.LearningTheme;
import org.tandem.mentoring.domain.programme.Programme;

/**
 * What the enrolment page shows one person: the programme, whether it takes applications, the themes on offer,
 * the mentors a mentee may prefer or exclude, the person's manager, and the person's own application if any.
 *
 * @param mentors user key to display name of the people who applied as mentors and are still in the running
 */
public record EnrolmentPage(
        Programme programme,
        boolean signedIn,
        boolean open,
        List<LearningTheme> themes,
        Map<String, String> mentors,
        String managerKey,
        String managerName,
        Optional<Application> application) {

    public EnrolmentPage {
        themes = List.copyOf(themes);
        mentors = Collections.unmodifiableMap(new LinkedHashMap<>(mentors));
    }
}
