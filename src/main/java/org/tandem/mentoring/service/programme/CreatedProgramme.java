package org.tandem.mentoring.service.programme;

import java.util.Map;
import org.tandem.mentoring.domain.programme.Programme;

/**
 * The programme a new space got, and what was wrong with the wizard's input (field name to i18n key), empty when
 * nothing was, in form order. With problems the programme is a draft holding the valid fields and defaults for the rest.
 */
public record CreatedProgramme(Programme programme, Map<String, String> problems, boolean alreadyExisted) {

    public CreatedProgramme {
        problems = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(problems));
    }

    public boolean complete() {
        return problems.isEmpty();
    }
}
