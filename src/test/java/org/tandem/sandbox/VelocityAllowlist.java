package org.tandem.sandbox;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.Arrays;
import java.util.Collection;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * The rule Confluence applies from 9.0 to every method a Velocity template calls: a method of the plugin's own
 * classes runs only when the descriptor's {@code <velocity-allowlist>} names it ({@code org.example.Foo#getBar()},
 * nested classes by their binary name {@code org.example.Foo$Row#getName()}); a JDK method runs only when the
 * global allowlist holds it. Here the global list is deliberately narrow: the accessors of strings, numbers,
 * booleans, enums and read-only collections, never {@code getClass()}, reflection, class loaders, threads or the
 * system. Host classes (the stand-in API, the sandbox standing in for Confluence, Velocity itself) are trusted as
 * Confluence trusts its own.
 */
public final class VelocityAllowlist {

    private static final String PLUGIN_PACKAGE = "org.tandem.";
    private static final String HOST_PACKAGE = "org.tandem.sandbox.";
    private static final String TEST_PLUGIN_PACKAGE = "org.tandem.sandbox.testplugin.";

    private static final Set<String> OBJECT_METHODS = Set.of("toString", "equals", "hashCode");

    private static final Set<Class<?>> VALUE_TYPES = Set.of(String.class, CharSequence.class, Boolean.class,
            Character.class, Number.class, Integer.class, Long.class, Short.class, Byte.class, Double.class,
            Float.class, Comparable.class);

    private static final Set<String> ENUM_METHODS = Set.of("name", "ordinal", "toString", "equals", "hashCode",
            "compareTo");

    private static final Map<Class<?>, Set<String>> READ_ONLY = Map.of(
            Collection.class, Set.of("size", "isEmpty", "contains", "containsAll", "iterator", "toString", "equals",
                    "hashCode"),
            List.class, Set.of("get", "indexOf", "lastIndexOf", "subList"),
            Map.class, Set.of("size", "isEmpty", "get", "getOrDefault", "containsKey", "containsValue", "keySet",
                    "values", "entrySet", "toString", "equals", "hashCode"),
            Map.Entry.class, Set.of("getKey", "getValue", "toString", "equals", "hashCode"),
            Iterator.class, Set.of("hasNext", "next"),
            Iterable.class, Set.of("iterator"));

    private final Set<String> methods;

    private VelocityAllowlist(Set<String> methods) {
        this.methods = methods;
    }

    /** The allowlist made of these {@code <method>} entries. */
    public static VelocityAllowlist of(Collection<String> entries) {
        return new VelocityAllowlist(entries.stream().map(VelocityAllowlist::normalise)
                .collect(Collectors.toCollection(TreeSet::new)));
    }

    public Set<String> methods() {
        return methods;
    }

    /** Throws when a template may not call this method on this class. */
    public void check(Class<?> target, Method method) {
        String refusal = refusal(method);
        if (refusal != null) {
            throw new MethodNotAllowlistedException("Velocity template call " + target.getName() + "."
                    + method.getName() + "() refused: " + refusal);
        }
    }

    /** Whether a template may call the method; null when it may, else why not. */
    String refusal(Method method) {
        Class<?> declaring = method.getDeclaringClass();
        String name = method.getName();
        if (isPluginClass(declaring)) {
            String signature = signature(method);
            return methods.contains(signature) ? null
                    : signature + " is not in the plugin descriptor's <velocity-allowlist>";
        }
        if (declaring == Object.class) {
            return OBJECT_METHODS.contains(name) ? null : "Object." + name + "() is not on the global allowlist";
        }
        if (isJdk(declaring)) {
            return globallyAllowed(declaring, method) ? null
                    : declaring.getName() + "#" + name + " is not on the global allowlist";
        }
        return "getClass".equals(name) ? "getClass() is not on the global allowlist" : null;
    }

    private static boolean globallyAllowed(Class<?> declaring, Method method) {
        String name = method.getName();
        if ("getClass".equals(name) || Modifier.isStatic(method.getModifiers())) {
            return false;
        }
        if (VALUE_TYPES.contains(declaring)) {
            return true;
        }
        if (declaring == Enum.class) {
            return ENUM_METHODS.contains(name);
        }
        for (Map.Entry<Class<?>, Set<String>> e : READ_ONLY.entrySet()) {
            if (e.getKey().isAssignableFrom(declaring) && e.getValue().contains(name)) {
                return true;
            }
        }
        return false;
    }

    static boolean isPluginClass(Class<?> type) {
        String name = type.getName();
        return name.startsWith(PLUGIN_PACKAGE)
                && (!name.startsWith(HOST_PACKAGE) || name.startsWith(TEST_PLUGIN_PACKAGE))
                && !isTestStandInForHost(type);
    }

    /** A test class that implements the host API (such as an I18nResolver over properties) stands in for the host. */
    private static boolean isTestStandInForHost(Class<?> type) {
        var source = type.getProtectionDomain().getCodeSource();
        boolean testCode = source != null && source.getLocation() != null
                && source.getLocation().getPath().endsWith("/test-classes/");
        return testCode && Arrays.stream(type.getInterfaces())
                .anyMatch(i -> i.getName().startsWith("com.atlassian."));
    }

    private static boolean isJdk(Class<?> type) {
        String name = type.getName();
        return name.startsWith("java.") || name.startsWith("javax.") || name.startsWith("jdk.")
                || name.startsWith("sun.") || name.startsWith("com.sun.");
    }

    /** The allowlist form of a method: {@code binary.ClassName#name(param.Type,param.Type)}. */
    public static String signature(Method method) {
        return method.getDeclaringClass().getName() + "#" + method.getName() + "("
                + Arrays.stream(method.getParameterTypes()).map(Class::getName).collect(Collectors.joining(","))
                + ")";
    }

    static String normalise(String entry) {
        return entry.replaceAll("\\s+", "");
    }

    /** A template called a method that Confluence would block. */
    public static final class MethodNotAllowlistedException extends RuntimeException {
        MethodNotAllowlistedException(String message) {
            super(message);
        }
    }
}
