package org.tandem.mentoring.store;

import java.util.ArrayList;
import java.util.List;
import net.java.ao.EntityManager;
import net.java.ao.test.jdbc.DatabaseUpdater;
import org.tandem.mentoring.domain.orgchart.OrgPerson;
import org.tandem.sandbox.ao.EntityManagerActiveObjects;

/**
 * An organisation of 50,000 people with a deep line and a wide tree, imported once per test class.
 *
 * <p>{@code p0} is the top. {@code p1..p999} form one line 999 levels deep ({@code p_i} reports to
 * {@code p_(i-1)}). {@code p1000..p49999} form a tree in which everybody manages up to seven people:
 * {@code p1000} reports to {@code p0}, and for j = i - 1000 &gt; 0, {@code p_i} reports to
 * {@code p_(1000 + (j - 1) / 7)}.
 */
public class LargeOrgChart implements DatabaseUpdater {

    static final int SIZE = 50_000;
    static final int DEEP = 1000;
    static final int FAN_OUT = 7;

    static String key(int index) {
        return "p" + index;
    }

    /** The manager's index by the rule above, or -1 for the top. */
    static int managerIndex(int index) {
        if (index == 0) {
            return -1;
        }
        if (index < DEEP) {
            return index - 1;
        }
        int j = index - DEEP;
        return j == 0 ? 0 : DEEP + (j - 1) / FAN_OUT;
    }

    static List<OrgPerson> people() {
        List<OrgPerson> people = new ArrayList<>(SIZE);
        for (int i = 0; i < SIZE; i++) {
            int manager = managerIndex(i);
            people.add(new OrgPerson(key(i), manager < 0 ? null : key(manager), "Department " + (i % 40),
                    i % 10, "Site " + (i % 12), i % 3 == 0 ? "de" : "en", "Person " + i, null));
        }
        return people;
    }

    @Override
    public void update(EntityManager entityManager) throws Exception {
        entityManager.migrate(StoreEntities.all());
        List<OrgPerson> people = people();
        long start = System.nanoTime();
        new OrgChartRepository(new EntityManagerActiveObjects(entityManager)).replaceAll(people);
        System.out.printf("[figures] %s: replaceAll of %,d people took %d ms%n",
                entityManager.getProvider().getClass().getSimpleName(), SIZE, (System.nanoTime() - start) / 1_000_000);
    }
}
