package org.tandem.mentoring.store;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.tandem.mentoring.domain.orgchart.OrgPerson;

/**
 * The rows of {@link OrgChartRepository}: people checked into the columns the repository writes, and the people it
 * reads back. Only mapping and the checks of {@link Row}; no queries.
 */
final class OrgPersonRows {

    private static final String RECORD = "orgPerson";

    private OrgPersonRows() {
    }

    /**
     * Checks every person against the limits of the store and returns their rows, in order; a person listed twice is
     * refused. The repository checks them all before it writes any.
     */
    static List<Map<String, Object>> validate(Collection<OrgPerson> people) {
        List<Map<String, Object>> rows = new ArrayList<>(people.size());
        Set<String> seen = new HashSet<>(people.size() * 2);
        int index = 0;
        for (OrgPerson person : people) {
            String record = RECORD + "[" + index++ + "]";
            if (person == null) {
                throw new StoreValidationException(record, StoreValidationException.Problem.MISSING, "is empty");
            }
            Map<String, Object> row = new Row(record)
                    .required(OrgPersonEntity.USER_KEY, "userKey", person.userKey(), StoreLimits.KEY)
                    .optional(OrgPersonEntity.MANAGER_KEY, "managerKey", person.managerKey(), StoreLimits.KEY)
                    .optional(OrgPersonEntity.DEPARTMENT, "department", person.department(), StoreLimits.NAME)
                    .value(OrgPersonEntity.ORG_LEVEL, person.level())
                    .optional(OrgPersonEntity.LOCATION, "location", person.location(), StoreLimits.NAME)
                    .optional(OrgPersonEntity.LANGUAGE, "language", person.language(), StoreLimits.KEY)
                    .optional(OrgPersonEntity.DISPLAY_NAME, "displayName", person.displayName(), StoreLimits.NAME)
                    .optional(OrgPersonEntity.TITLE, "title", person.title(), StoreLimits.NAME)
                    .values();
            if (!seen.add(person.userKey())) {
                throw new StoreValidationException(record + ".userKey", StoreValidationException.Problem.DUPLICATE,
                        person.userKey() + " appears more than once");
            }
            rows.add(row);
        }
        return rows;
    }

    /** The person as the store would hand it back: empty strings become null. */
    static OrgPerson normalised(OrgPerson person) {
        return new OrgPerson(person.userKey(), emptyToNull(person.managerKey()), emptyToNull(person.department()),
                person.level(), emptyToNull(person.location()), emptyToNull(person.language()),
                emptyToNull(person.displayName()), emptyToNull(person.title()));
    }

    private static String emptyToNull(String value) {
        return value == null || value.isEmpty() ? null : value;
    }

    /** The columns a person is read from, for {@link net.java.ao.Query#select(String)}. */
    static String allColumns() {
        return String.join(", ", "ID", OrgPersonEntity.USER_KEY, OrgPersonEntity.MANAGER_KEY,
                OrgPersonEntity.DEPARTMENT, OrgPersonEntity.ORG_LEVEL, OrgPersonEntity.LOCATION,
                OrgPersonEntity.LANGUAGE, OrgPersonEntity.DISPLAY_NAME, OrgPersonEntity.TITLE);
    }

    /** The person a row holds. */
    static OrgPerson toRecord(OrgPersonEntity entity) {
        return new OrgPerson(entity.getUserKey(), entity.getManagerKey(), entity.getDepartment(),
                entity.getOrgLevel(), entity.getLocation(), entity.getLanguage(), entity.getDisplayName(),
                entity.getTitle());
    }
}
