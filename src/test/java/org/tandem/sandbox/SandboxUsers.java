package org.tandem.sandbox;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The user directory: people with their org-chart attributes, and groups. Like an LDAP directory it is rebuilt at
 * every start (from the deterministic demo seed), so it needs no table of its own.
 */
public final class SandboxUsers {

    public static final String ADMINISTRATORS = "confluence-administrators";
    public static final String USERS = "confluence-users";

    /** A person in the directory. {@code key} is the stable user key; {@code username} the login name. */
    public record Person(String key, String username, String fullName, String email, String title,
                         String department, String location, String language, String jobLevel, int level,
                         String managerKey) {
    }

    private final Map<String, Person> byKey = new LinkedHashMap<>();
    private final Map<String, Person> byName = new LinkedHashMap<>();
    private final Map<String, Set<String>> groupMembers = new LinkedHashMap<>();
    private final Set<String> deactivated = new LinkedHashSet<>();

    public synchronized void add(Person p) {
        byKey.put(p.key(), p);
        byName.put(p.username().toLowerCase(), p);
        addToGroup(USERS, p.key());
    }

    public synchronized void addToGroup(String group, String userKey) {
        groupMembers.computeIfAbsent(group, g -> new LinkedHashSet<>()).add(userKey);
    }

    public synchronized void createGroup(String group) {
        groupMembers.computeIfAbsent(group, g -> new LinkedHashSet<>());
    }

    public synchronized Optional<Person> byKey(String key) {
        return Optional.ofNullable(key == null ? null : byKey.get(key));
    }

    public synchronized Optional<Person> byUsername(String username) {
        return Optional.ofNullable(username == null ? null : byName.get(username.toLowerCase()));
    }

    public synchronized List<Person> all() {
        return List.copyOf(byKey.values());
    }

    public synchronized List<Person> reportsOf(String managerKey) {
        List<Person> out = new ArrayList<>();
        for (Person p : byKey.values()) {
            if (managerKey.equals(p.managerKey())) {
                out.add(p);
            }
        }
        return out;
    }

    public synchronized boolean isMember(String userKey, String group) {
        return userKey != null && groupMembers.getOrDefault(group, Set.of()).contains(userKey);
    }

    public synchronized List<String> groupsOf(String userKey) {
        List<String> out = new ArrayList<>();
        groupMembers.forEach((g, members) -> {
            if (members.contains(userKey)) {
                out.add(g);
            }
        });
        return out;
    }

    public synchronized Collection<String> groups() {
        return List.copyOf(groupMembers.keySet());
    }

    public synchronized Set<String> members(String group) {
        return Collections.unmodifiableSet(new LinkedHashSet<>(groupMembers.getOrDefault(group, Set.of())));
    }

    public synchronized boolean isAdmin(String userKey) {
        return isMember(userKey, ADMINISTRATORS);
    }

    /**
     * Takes the person out of the directory: the name no longer resolves and they belong to no group, but the key
     * still does, as Confluence's user mapping outlives the directory entry.
     */
    public synchronized void remove(String userKey) {
        Person p = byKey.get(userKey);
        if (p != null) {
            byName.remove(p.username().toLowerCase());
            groupMembers.values().forEach(members -> members.remove(userKey));
        }
    }

    public synchronized void deactivate(String userKey) {
        deactivated.add(userKey);
    }

    public synchronized boolean isDeactivated(String userKey) {
        return deactivated.contains(userKey);
    }

    public synchronized int size() {
        return byKey.size();
    }
}
