package org.tandem.mentoring.hostapi;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import com.atlassian.activeobjects.external.ModelVersion;
import com.atlassian.confluence.event.events.ConfluenceEvent;
import com.atlassian.confluence.macro.Macro;
import com.atlassian.confluence.security.PermissionManager;
import com.atlassian.confluence.user.AuthenticatedUserThreadLocal;
import com.atlassian.user.User;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaField;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import java.io.IOException;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.BeforeClass;
import org.junit.Test;

/**
 * Guards the stand-in for the Confluence host API (src/host-api/java): every type names the real artifact
 * it stands in for, the stand-in keeps no mutable static state (but for the one documented holder of the
 * current user), and it speaks jakarta, not javax.
 */
public class HostApiStandInTest {

    private static final Pattern ARTIFACT_LINE =
            Pattern.compile("^// Stand-in for [A-Za-z0-9_.-]+:[A-Za-z0-9_.-]+\\b.*");

    private static final Pattern SEEN_LINE = Pattern.compile("^// seen: \\S.*");

    /** The one allowed piece of static state: the current user of the request. */
    private static final String CURRENT_USER_HOLDER = AuthenticatedUserThreadLocal.class.getName() + ".CURRENT";

    private static JavaClasses standIn;
    private static Path sourceRoot;

    @BeforeClass
    public static void importStandIn() throws URISyntaxException {
        Path classesRoot = Paths.get(Macro.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        standIn = new ClassFileImporter().importPath(classesRoot.resolve("com/atlassian"));
        String basedir = System.getProperty("tandem.basedir", System.getProperty("basedir", "."));
        sourceRoot = Paths.get(basedir, "src", "host-api", "java");
    }

    @Test
    public void standInImport_shouldFindTheCompiledStandIn() {
        assertTrue("stand-in classes found: " + standIn.size(), standIn.size() > 50);
        assertTrue("stand-in sources missing at " + sourceRoot.toAbsolutePath(), Files.isDirectory(sourceRoot));
    }

    @Test
    public void standInSources_shouldNameTheirRealArtifactOnTheFirstLine() throws IOException {
        List<String> offenders = new ArrayList<>();
        for (Path source : standInSources()) {
            List<String> lines = Files.readAllLines(source);
            if (lines.isEmpty() || !ARTIFACT_LINE.matcher(lines.get(0)).matches()) {
                offenders.add(sourceRoot.relativize(source).toString());
            }
        }
        assertEquals("stand-in sources without '// Stand-in for group:artifact.' as first line", List.of(), offenders);
    }

    @Test
    public void standInSources_shouldSayWhereTheirSignaturesWereSeenOnTheSecondLine() throws IOException {
        List<String> offenders = new ArrayList<>();
        for (Path source : standInSources()) {
            List<String> lines = Files.readAllLines(source);
            if (lines.size() < 2 || !SEEN_LINE.matcher(lines.get(1)).matches()) {
                offenders.add(sourceRoot.relativize(source).toString());
            }
        }
        assertEquals("stand-in sources without '// seen: <where the signature was seen>' as second line", List.of(),
                offenders);
    }

    @Test
    public void permissionManager_shouldTakeConfluenceUsersOnly() {
        for (Method method : PermissionManager.class.getMethods()) {
            assertFalse(method.toString(), Arrays.asList(method.getParameterTypes()).contains(User.class));
        }
    }

    @Test
    public void modelVersion_shouldCompareOnlyAsTheRealOneDoes() {
        assertEquals(Object.class, declaringClassOf(ModelVersion.class, "equals", Object.class));
        assertEquals(Object.class, declaringClassOf(ModelVersion.class, "hashCode"));
        assertTrue(ModelVersion.valueOf("2").isSame(ModelVersion.valueOf("2")));
        assertThrows(NumberFormatException.class, () -> ModelVersion.valueOf(" 2"));
    }

    @Test
    @SuppressWarnings("deprecation")
    public void confluenceEvent_shouldBeAnAtlassianEvent() {
        assertTrue(com.atlassian.event.Event.class.isAssignableFrom(ConfluenceEvent.class));
    }

    private static Class<?> declaringClassOf(Class<?> type, String name, Class<?>... parameters) {
        try {
            return type.getMethod(name, parameters).getDeclaringClass();
        } catch (NoSuchMethodException e) {
            throw new AssertionError(e);
        }
    }

    @Test
    public void standInTypes_shouldEachComeFromOneStandInSource() throws IOException {
        Set<String> fromSources = new TreeSet<>();
        for (Path source : standInSources()) {
            String relative = sourceRoot.relativize(source).toString().replace('\\', '/');
            fromSources.add(relative.substring(0, relative.length() - ".java".length()).replace('/', '.'));
        }
        Set<String> compiledTopLevel = standIn.stream()
                .filter(JavaClass::isTopLevelClass)
                .map(JavaClass::getName)
                .collect(Collectors.toCollection(TreeSet::new));
        assertEquals(fromSources, compiledTopLevel);
    }

    @Test
    public void standInClasses_shouldHoldNoMutableStaticState() throws IllegalAccessException {
        List<String> offenders = new ArrayList<>();
        for (JavaClass javaClass : standIn) {
            for (JavaField field : javaClass.getFields()) {
                Set<JavaModifier> modifiers = field.getModifiers();
                if (!modifiers.contains(JavaModifier.STATIC) || modifiers.contains(JavaModifier.SYNTHETIC)
                        || field.getFullName().equals(CURRENT_USER_HOLDER)) {
                    continue;
                }
                if (!modifiers.contains(JavaModifier.FINAL) || !isConstant(field.reflect())) {
                    offenders.add(field.getFullName());
                }
            }
        }
        assertEquals("static fields that are not immutable constants", List.of(), offenders);
    }

    @Test
    public void currentUserHolder_shouldBeTheDocumentedThreadLocal() throws NoSuchFieldException {
        Field holder = AuthenticatedUserThreadLocal.class.getDeclaredField("CURRENT");
        assertTrue(Modifier.isStatic(holder.getModifiers()) && Modifier.isFinal(holder.getModifiers()));
        assertEquals(ThreadLocal.class, holder.getType());
        assertFalse(Modifier.isPublic(holder.getModifiers()));
    }

    @Test
    public void standInClasses_shouldUseJakartaNotJavax() {
        noClasses().should().dependOnClassesThat()
                .resideInAnyPackage("javax.servlet..", "javax.ws.rs..", "javax.inject..", "javax.persistence..")
                .check(standIn);
    }

    private static boolean isConstant(Field field) throws IllegalAccessException {
        field.setAccessible(true);
        Object value = field.get(null);
        if (value == null || value instanceof String || value instanceof Number || value instanceof Boolean
                || value instanceof Character || value instanceof Enum) {
            return true;
        }
        return value.getClass().getName().startsWith("com.atlassian.") && hasOnlyFinalInstanceFields(value.getClass());
    }

    private static boolean hasOnlyFinalInstanceFields(Class<?> type) {
        for (Class<?> current = type; current != null && current != Object.class; current = current.getSuperclass()) {
            for (Field field : current.getDeclaredFields()) {
                if (!Modifier.isStatic(field.getModifiers()) && !Modifier.isFinal(field.getModifiers())) {
                    return false;
                }
            }
        }
        return true;
    }

    private static List<Path> standInSources() throws IOException {
        try (Stream<Path> files = Files.walk(sourceRoot)) {
            return files.filter(path -> path.toString().endsWith(".java")).sorted().collect(Collectors.toList());
        }
    }
}
