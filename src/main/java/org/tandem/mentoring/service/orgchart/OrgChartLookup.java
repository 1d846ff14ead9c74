package org.tandem.mentoring.service.orgchart;

import jakarta.inject.Named;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.tandem.mentoring.domain.orgchart.OrgChart;
import org.tandem.mentoring.domain.orgchart.OrgPerson;
import org.tandem.mentoring.host.HostUsers;
import org.tandem.mentoring.service.FieldError;
import org.tandem.mentoring.service.Refusal;
import org.tandem.mentoring.store.OrgChartRepository;

/**
 * The org chart as an administrator looks at it: one person with the chain of managers to the top and their
 * direct reports, and the whole chart as a file the import reads again without a change. Confluence
 * administrators only.
 */
@Named
public class OrgChartLookup {

    /** Longest query text taken. */
    public static final int MAX_QUERY = 255;

    private final OrgChartRepository orgChart;
    private final HostUsers users;
    private final OrgChartAdmins admins;

    public OrgChartLookup(OrgChartRepository orgChart, HostUsers users, OrgChartAdmins admins) {
        this.orgChart = orgChart;
        this.users = users;
        this.admins = admins;
    }

    /** One person of the chart, their managers (direct manager first) and their direct reports. */
    public record Place(Person person, List<Person> managers, List<Person> reports) {
    }

    /** A person as the look-up shows them; the level is null when the chart does not know it. */
    public record Person(String userKey, String name, String department, Integer level, String location) {
    }

    /**
     * Finds a person by username, e-mail address or user key.
     *
     * @throws Refusal.Forbidden when the signed-in person is not an administrator
     * @throws Refusal.Invalid   when the query is blank, too long or matches several people
     * @throws Refusal.NotFound  when it matches nobody in the chart
     */
    public Place find(String query) {
        checkAllowed();
        String wanted = query == null ? "" : query.strip();
        if (wanted.isEmpty() || wanted.length() > MAX_QUERY) {
            throw new Refusal.Invalid("tandem.orgchart.lookup.query.invalid",
                    Map.of("q", FieldError.of("tandem.orgchart.lookup.query.invalid")));
        }
        List<String> keys = users.keysFor(List.of(wanted)).getOrDefault(wanted, List.of());
        List<String> inChart = keys.stream().filter(key -> orgChart.findByUserKey(key).isPresent()).toList();
        if (inChart.size() > 1) {
            throw new Refusal.Invalid("tandem.orgchart.lookup.ambiguous", List.of(wanted, inChart.size()),
                    Map.of("q", FieldError.of("tandem.orgchart.lookup.ambiguous")));
        }
        if (inChart.isEmpty()) {
            throw new Refusal.NotFound("tandem.orgchart.lookup.not-found", wanted);
        }
        String key = inChart.get(0);
        OrgChart chain = orgChart.snapshot(List.of(key));
        List<Person> managers = new ArrayList<>();
        for (String manager : chain.managersAbove(key)) {
            managers.add(person(chain.person(manager), manager));
        }
        List<Person> reports = orgChart.findDirectReports(key).stream().map(p -> person(p, p.userKey())).toList();
        return new Place(person(chain.person(key), key), managers, reports);
    }

    /**
     * Writes the whole chart as UTF-8 CSV in the import's format ({@code user,manager,department,level,location,
     * language}, user keys, CRLF line ends), managers before their reports where the chart allows.
     *
     * @throws Refusal.Forbidden when the signed-in person is not an administrator
     */
    public void export(Writer out) {
        checkAllowed();
        List<OrgPerson> people = orgChart.findAll();
        try {
            out.write("user,manager,department,level,location,language\r\n");
            for (OrgPerson person : people) {
                out.write(cell(person.userKey()) + ',' + cell(person.managerKey()) + ',' + cell(person.department())
                        + ',' + person.level() + ',' + cell(person.location()) + ','
                        + cell(person.language()) + "\r\n");
            }
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Checks the caller first, so that a refused download writes nothing. */
    public void checkAllowed() {
        if (!admins.mayImport(users.currentUserKey().orElse(null))) {
            throw new Refusal.Forbidden("tandem.orgchart.rest.forbidden");
        }
    }

    private Person person(OrgPerson person, String key) {
        if (person == null) {
            return new Person(key, users.displayName(key), null, null, null);
        }
        return new Person(key, users.displayName(key), person.department(), person.level(), person.location());
    }

    /**
     * A CSV cell, quoted when it holds a delimiter, a quote, a line break or surrounding blanks. Nothing is added
     * to values a spreadsheet might read as a formula: the file is for the import, which must read back exactly
     * what was stored.
     */
    static String cell(String value) {
        if (value == null || value.isEmpty()) {
            return "";
        }
        boolean quote = value.indexOf(',') >= 0 || value.indexOf(';') >= 0 || value.indexOf('"') >= 0
                || value.indexOf('\n') >= 0 || value.indexOf('\r') >= 0 || !value.equals(value.strip());
        return quote ? '"' + value.replace("\"", "\"\"") + '"' : value;
    }
}
