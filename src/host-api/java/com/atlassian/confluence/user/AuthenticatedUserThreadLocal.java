// Stand-in for com.atlassian.confluence:confluence.
// seen: atlassian-slack-integration-server, Confluence module (Confluence 10.0.1)
package com.atlassian.confluence.user;

import java.util.concurrent.Callable;

/**
 * The user of the current request. Same static members as the real class (its deprecated ones left out).
 * The one piece of state in the stand-in: the real class keeps the user in Seraph's thread-bound
 * authentication context; here a plain ThreadLocal holds it, so the sandbox can set it per request.
 */
public class AuthenticatedUserThreadLocal {

    private static final ThreadLocal<ConfluenceUser> CURRENT = new ThreadLocal<>();

    public static void set(ConfluenceUser user) {
        if (user == null) {
            CURRENT.remove();
        } else {
            CURRENT.set(user);
        }
    }

    public static ConfluenceUser get() {
        return CURRENT.get();
    }

    public static void reset() {
        set(null);
    }

    public static String getUsername() {
        ConfluenceUser user = get();
        return user == null ? null : user.getName();
    }

    public static boolean isAnonymousUser() {
        return get() == null;
    }

    public static void asUser(ConfluenceUser user, Runnable task) {
        ConfluenceUser original = get();
        try {
            set(user);
            task.run();
        } finally {
            set(original);
        }
    }

    public static <T> T asUser(ConfluenceUser user, Callable<T> task) throws Exception {
        ConfluenceUser original = get();
        try {
            set(user);
            return task.call();
        } finally {
            set(original);
        }
    }
}
