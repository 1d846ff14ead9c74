package org.tandem.mentoring.host;

import static org.junit.Assert.assertEquals;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.verifyNoMoreInteractions;
import static org.mockito.Mockito.when;

import com.atlassian.confluence.user.ConfluenceUser;
import com.atlassian.confluence.user.UserAccessor;
import com.atlassian.sal.api.timezone.TimeZoneManager;
import com.atlassian.sal.api.user.UserKey;
import com.atlassian.sal.api.user.UserManager;
import com.atlassian.user.User;
import com.atlassian.user.search.page.Pager;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.Test;

public class HostUsersKeysForTest {

    private final UserManager userManager = mock(UserManager.class);
    private final UserAccessor userAccessor = mock(UserAccessor.class);
    private final TimeZoneManager timeZones = mock(TimeZoneManager.class);
    private final HostUsers users = new HostUsers(userManager, userAccessor, timeZones);

    private static ConfluenceUser user(String key, String name, String email) {
        ConfluenceUser user = mock(ConfluenceUser.class);
        when(user.getKey()).thenReturn(new UserKey(key));
        when(user.getName()).thenReturn(name);
        when(user.getEmail()).thenReturn(email);
        return user;
    }

    private void directory(User... people) {
        List<User> all = new ArrayList<>(List.of(people));
        Pager<User> pager = all::iterator;
        when(userAccessor.getUsers()).thenReturn(pager);
    }

    @Test
    public void keysFor_shouldFindKeysUsernamesAndAddressesInOnePassOverTheDirectory() {
        directory(user("k-ann", "ann", "Ann.Lee@example.com"), user("k-bob", "bob", "bob@example.com"),
                user("k-cy", "cy", "shared@example.com"), user("k-dee", "dee", "SHARED@example.com"),
                user("ann", "annette", "annette@example.com"));

        Map<String, List<String>> found = users.keysFor(List.of("ann.lee@EXAMPLE.com", "k-bob", "BOB",
                "shared@example.com", "nobody@example.com", "ann"));

        assertEquals(List.of("k-ann"), found.get("ann.lee@EXAMPLE.com"));
        assertEquals(List.of("k-bob"), found.get("k-bob"));
        assertEquals(List.of("k-bob"), found.get("BOB"));
        assertEquals(List.of("k-cy", "k-dee"), found.get("shared@example.com"));
        assertEquals(null, found.get("nobody@example.com"));
        assertEquals("one person's username is another's key", 2, found.get("ann").size());
        verify(userAccessor, times(1)).getUsers();
        verifyNoMoreInteractions(userAccessor);
        verifyNoInteractions(userManager);
    }

    @Test
    public void keysFor_shouldAskTheHostOnceForFiftyThousandValues() {
        List<User> people = new ArrayList<>();
        List<String> values = new ArrayList<>();
        for (int i = 0; i < 50_000; i++) {
            people.add(new Person("key" + i, "user" + i, "user" + i + "@example.com"));
            values.add(i % 2 == 0 ? "user" + i + "@example.com" : "user" + i);
        }
        directory(people.toArray(User[]::new));

        Map<String, List<String>> found = users.keysFor(values);

        assertEquals(50_000, found.size());
        assertEquals(List.of("key49999"), found.get("user49999"));
        verify(userAccessor, times(1)).getUsers();
        verifyNoInteractions(userManager);
    }

    private record Person(String key, String name, String email) implements ConfluenceUser {
        @Override
        public UserKey getKey() {
            return new UserKey(key);
        }

        @Override
        public String getName() {
            return name;
        }

        @Override
        public String getFullName() {
            return name;
        }

        @Override
        public String getEmail() {
            return email;
        }
    }
}
