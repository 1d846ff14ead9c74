package org.tandem.mentoring.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noFields;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaCodeUnit;
import com.tngtech.archunit.core.domain.JavaField;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.domain.TryCatchBlock;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import jakarta.ws.rs.ext.ExceptionMapper;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.BeforeClass;
import org.junit.Test;
import org.tandem.mentoring.service.Refusal;

/**
 * The layers of DESIGN.md: web -> service -> (domain, store, host); domain depends on nothing but the JDK.
 */
public class LayeringTest {

    private static final String BASE = "org.tandem.mentoring";
    private static final String ORG_CHART = BASE + ".domain.orgchart";

    private static JavaClasses appClasses;

    @BeforeClass
    public static void importClasses() {
        appClasses = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages(BASE);
    }

    @Test
    public void import_shouldFindTheApplication() {
        assertFalse("no application classes found", appClasses.isEmpty());
    }

    @Test
    public void domain_shouldDependOnTheJdkOnly() {
        noClasses().that().resideInAPackage(BASE + ".domain..")
                .should().dependOnClassesThat().resideOutsideOfPackages(BASE + ".domain..", "java..")
                .because("the domain is pure Java: no Atlassian, Active Objects, jakarta or other layers")
                .check(appClasses);
    }

    @Test
    public void layers_shouldOnlyBeUsedFromAbove() {
        layeredArchitecture().consideringOnlyDependenciesInLayers()
                .layer("web").definedBy(BASE + ".web..")
                .layer("service").definedBy(BASE + ".service..")
                .layer("store").definedBy(BASE + ".store..")
                .layer("host").definedBy(BASE + ".host..")
                .layer("domain").definedBy(BASE + ".domain..")
                .whereLayer("web").mayNotBeAccessedByAnyLayer()
                .whereLayer("service").mayOnlyBeAccessedByLayers("web")
                .whereLayer("store").mayOnlyBeAccessedByLayers("service")
                .whereLayer("host").mayOnlyBeAccessedByLayers("service")
                .whereLayer("domain").mayOnlyBeAccessedByLayers("web", "service", "store", "host")
                .withOptionalLayers(true)
                .check(appClasses);
    }

    @Test
    public void webLayer_shouldNotReachStoreOrActiveObjectsDirectly() {
        noClasses().that().resideInAPackage(BASE + ".web..")
                .should().dependOnClassesThat().resideInAnyPackage(
                        BASE + ".store..", "net.java.ao..", "com.atlassian.activeobjects..")
                .because("macros, REST resources and servlets stay thin and go through services")
                .check(appClasses);
    }

    @Test
    public void onlyStore_shouldUseActiveObjects() {
        noClasses().that().resideOutsideOfPackage(BASE + ".store..")
                .should().dependOnClassesThat().resideInAnyPackage("net.java.ao..")
                .check(appClasses);
    }

    @Test
    public void services_shouldDependOnStorePortsNotOnTheirImplementations() {
        assertTrue("the rule sees no port", implementationOfAStorePort().test(
                appClasses.get(BASE + ".store.AoPairingStore")));
        noClasses().that().resideOutsideOfPackage(BASE + ".store..")
                .should().dependOnClassesThat(implementationOfAStorePort())
                .because("where the store has a port (PairingStore) the services use it, so the contract test "
                        + "that holds the Active Objects store and the in-memory one to the same rules covers them")
                .check(appClasses);
    }

    @Test
    public void nativeSql_shouldStayBehindRowVersionUpdate() {
        assertTrue("the rule sees no JDBC use", appClasses.get(BASE + ".store.RowVersionUpdate")
                .getDirectDependenciesFromSelf().stream()
                .anyMatch(use -> use.getTargetClass().getPackageName().equals("java.sql")));
        noClasses().that().resideInAPackage(BASE + "..")
                .and().doNotHaveFullyQualifiedName(BASE + ".store.NativeSql")
                .and().doNotHaveFullyQualifiedName(BASE + ".store.RowVersionUpdate")
                .and().doNotHaveFullyQualifiedName(BASE + ".store.OrgChartRepository")
                .and().doNotHaveFullyQualifiedName(BASE + ".store.DashboardRepository")
                .and().doNotHaveFullyQualifiedName(BASE + ".store.DashboardRepository$RowReader")
                .and().doNotHaveFullyQualifiedName(BASE + ".store.ProgrammeStatements")
                .and().doNotHaveFullyQualifiedName(BASE + ".store.SurveyRepository")
                .should().dependOnClassesThat().resideInAPackage("java.sql..")
                .orShould().dependOnClassesThat().haveFullyQualifiedName(BASE + ".store.NativeSql")
                .because("native SQL writes go through RowVersionUpdate, whose tests prove them on H2 and "
                        + "PostgreSQL (OrgChartRepository keeps its recursive reads, DashboardRepository with its ProgrammeStatements and SurveyRepository their read-only aggregates)")
                .check(appClasses);
    }

    @Test
    public void packages_shouldBeFreeOfCycles() {
        slices().matching(BASE + ".(**)").should().beFreeOfCycles().check(appClasses);
    }

    @Test
    public void staticFields_shouldBeFinal() {
        noFields().that().areDeclaredInClassesThat().resideInAPackage(BASE + "..")
                .and().areStatic()
                .and(notSynthetic())
                .should().notBeFinal()
                .because("mutable static state differs between the nodes of a Data Center cluster")
                .check(appClasses);
    }

    @Test
    public void staticFinalFields_shouldNotHoldMutableState() {
        List<Class<?>> mutableHolders = List.of(ThreadLocal.class, AtomicInteger.class, AtomicLong.class,
                AtomicBoolean.class, AtomicReference.class, java.util.ArrayList.class, java.util.HashMap.class,
                java.util.HashSet.class, java.util.LinkedList.class, java.util.TreeMap.class,
                java.util.concurrent.ConcurrentHashMap.class, java.util.LinkedHashMap.class);
        // the one exception: the look-ups the macros of one page view share, in force on a thread only while a
        // macro of that page runs (PageLookups.during puts back what was there); nothing in it outlives the view
        String pageLookups = BASE + ".service.PageLookups.CURRENT";
        noFields().that().areDeclaredInClassesThat().resideInAPackage(BASE + "..")
                .and().areStatic()
                .and(notSynthetic())
                .and(DescribedPredicate.describe("not " + pageLookups,
                        field -> !field.getFullName().equals(pageLookups)))
                .should(new com.tngtech.archunit.lang.ArchCondition<JavaField>("hold a mutable container") {
                    @Override
                    public void check(JavaField field, com.tngtech.archunit.lang.ConditionEvents events) {
                        boolean mutable = field.getRawType().isArray()
                                || mutableHolders.stream().anyMatch(type -> field.getRawType().isAssignableTo(type));
                        if (mutable) {
                            events.add(com.tngtech.archunit.lang.SimpleConditionEvent.satisfied(field,
                                    field.getFullName() + " holds mutable state of type " + field.getRawType().getName()));
                        }
                    }
                })
                .because("caches and counters must go through the host's cluster-safe services")
                .check(appClasses);
    }

    @Test
    public void reportingLines_shouldHaveOneModel() {
        methods().that().haveNameMatching("isAbove|managersAbove|reportsBelow|directReports|sameManager")
                .should().beDeclaredInClassesThat().resideInAPackage(ORG_CHART)
                .because("domain.orgchart.OrgChart is the one answer to who is above whom, with one cycle policy")
                .check(appClasses);
    }

    @Test
    public void orgCharts_shouldBeBuiltOnlyByTheModelAndTheStore() {
        noClasses().that().resideOutsideOfPackages(ORG_CHART, BASE + ".store..")
                .should().callMethod(ORG_CHART + ".OrgChart", "of", "java.util.Collection")
                .orShould().callMethod(ORG_CHART + ".OrgChart", "builder")
                .orShould().dependOnClassesThat().haveFullyQualifiedName(ORG_CHART + ".OrgChart$Builder")
                .because("a service reads the chart from OrgChartRepository (snapshot or whole) instead of assembling"
                        + " its own from rows")
                .check(appClasses);
    }

    private static DescribedPredicate<JavaClass> implementationOfAStorePort() {
        return DescribedPredicate.describe("implement a port of the store",
                type -> type.getPackageName().equals(BASE + ".store") && !type.isInterface()
                        && type.getRawInterfaces().stream()
                                .anyMatch(port -> port.getPackageName().equals(BASE + ".store")));
    }

    private static DescribedPredicate<JavaField> notSynthetic() {
        return DescribedPredicate.describe("not synthetic",
                field -> !field.getModifiers().contains(JavaModifier.SYNTHETIC));
    }

    @Test
    public void onlyTheTwoRestMappers_shouldMapExceptions() {
        classes().that().implement(ExceptionMapper.class)
                .should().haveFullyQualifiedName(BASE + ".web.rest.RefusalMapper")
                .orShould().haveFullyQualifiedName(BASE + ".web.rest.FailureMapper")
                .because("one pipeline turns refusals and failures into the JSON error body")
                .check(appClasses);
    }

    @Test
    public void restResources_shouldNotCatchRefusalsOrRuntimeExceptions() {
        noClasses().that().resideInAPackage(BASE + ".web.rest..")
                .and().doNotImplement(ExceptionMapper.class)
                .should(catchRefusalsOrRuntimeExceptions())
                .because("a resource lets refusals and failures through to the mappers")
                .check(appClasses);
    }

    private static ArchCondition<JavaClass> catchRefusalsOrRuntimeExceptions() {
        return new ArchCondition<>("catch a Refusal, RuntimeException, Exception or Throwable") {
            @Override
            public void check(JavaClass type, ConditionEvents events) {
                for (JavaCodeUnit unit : type.getCodeUnits()) {
                    for (TryCatchBlock block : unit.getTryCatchBlocks()) {
                        for (JavaClass caught : block.getCaughtThrowables()) {
                            if (caught.isAssignableTo(Refusal.class) || caught.isEquivalentTo(RuntimeException.class)
                                    || caught.isEquivalentTo(Exception.class)
                                    || caught.isEquivalentTo(Throwable.class)) {
                                events.add(SimpleConditionEvent.satisfied(type, unit.getFullName() + " catches "
                                        + caught.getName() + " in " + block.getSourceCodeLocation()));
                            }
                        }
                    }
                }
            }
        };
    }
}
