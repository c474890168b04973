package io.videogen.bootstrap.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.assignableTo;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noFields;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.CompositeArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Semaphore;

/**
 * The rules of docs/architecture.md, for a code base rooted at a package. The real code is checked
 * with root {@code io.videogen}; each rule is also run on a planted violation under another root to
 * prove it catches one.
 */
final class ArchitectureRules {

    private final String root;

    ArchitectureRules(String root) {
        this.root = root;
    }

    /** Rule 1. */
    ArchRule domainIsPureJava() {
        return classes().that().resideInAPackage(root + ".domain..")
                .should().onlyDependOnClassesThat().resideInAnyPackage("java..", "org.jmolecules..", root + ".domain..")
                .as("Rule 1: the domain depends only on the JDK and jMolecules");
    }

    /** Rule 2. */
    ArchRule applicationIsFrameworkFree() {
        return noClasses().that().resideInAPackage(root + ".application..")
                .should().dependOnClassesThat().resideInAnyPackage("io.quarkus..", "io.vertx..", "org.hibernate..",
                        "jakarta.persistence..", "jakarta.ws.rs..", "org.eclipse.microprofile..",
                        "io.opentelemetry..", "io.micrometer..", "org.bytedeco..")
                .as("Rule 2: application uses no Quarkus, Vert.x, Hibernate, JPA, JAX-RS, MicroProfile, "
                        + "OpenTelemetry, Micrometer or bytedeco type");
    }

    /** Rule 3. */
    ArchRule portsInAndOutAreIndependent() {
        return CompositeArchRule.of(
                        noClasses().that().resideInAPackage(root + ".application.port.in..")
                                .should().dependOnClassesThat().resideInAPackage(root + ".application.port.out.."))
                .and(noClasses().that().resideInAPackage(root + ".application.port.out..")
                        .should().dependOnClassesThat().resideInAPackage(root + ".application.port.in.."))
                .as("Rule 3: port.in and port.out do not depend on each other");
    }

    /**
     * Rule 4. The bundled fonts are a resource several technologies draw with, and the kept files
     * (shipped files kept on disk once per user) a place on disk, not technologies.
     */
    ArchRule adapterTechnologiesAreIndependent() {
        return CompositeArchRule.of(
                        slices().matching(root + ".infrastructure.(*)..").should().notDependOnEachOther()
                                .ignoreDependency(DescribedPredicate.alwaysTrue(),
                                        JavaClass.Predicates.resideInAnyPackage(root + ".infrastructure.fonts..",
                                                root + ".infrastructure.files..")))
                .and(noClasses().that().resideInAPackage(root + ".presentation..")
                        .should().dependOnClassesThat().resideInAPackage(root + ".infrastructure.."))
                .as("Rule 4: infrastructure technologies do not depend on each other, and presentation "
                        + "does not depend on infrastructure");
    }

    /** Rule 5. */
    ArchRule annotationsStayInTheirLayer() {
        return CompositeArchRule.of(
                        classes().that().areAnnotatedWith("jakarta.persistence.Entity")
                                .should().resideInAPackage(root + ".infrastructure..persistence.."))
                .and(classes().that().areAnnotatedWith("jakarta.ws.rs.Path")
                        .should().resideInAPackage(root + ".presentation.."))
                .and(classes().that().areAnnotatedWith(
                                "org.eclipse.microprofile.rest.client.inject.RegisterRestClient")
                        .should().resideInAPackage(root + ".infrastructure.."))
                .allowEmptyShould(true)
                .as("Rule 5: @Entity only in infrastructure persistence, @Path only in presentation, "
                        + "@RegisterRestClient only in infrastructure");
    }

    /** Rule 6. */
    ArchRule portsAreImplemented() {
        return CompositeArchRule.of(
                        classes().that().resideInAPackage(root + ".application.port.out..").and().areInterfaces()
                                .and().areTopLevelClasses()
                                .should(haveAnImplementationIn(root + ".infrastructure..")))
                .and(classes().that().resideInAPackage(root + ".application.port.in..").and().areInterfaces()
                        .and().areTopLevelClasses()
                        .should(haveAnImplementationIn(root + ".application..")))
                .as("Rule 6: every outbound port has an adapter in infrastructure and every use case a "
                        + "service in application");
    }

    /** Rule 7. */
    ArchRule modulesHaveNoCycles() {
        List<String> modules = List.of("domain", "application", "infrastructure", "presentation", "bootstrap");
        CompositeArchRule rule = null;
        for (String module : modules) {
            ArchRule free = slices().matching(root + "." + module + ".(**)").should().beFreeOfCycles()
                    .allowEmptyShould(true);
            rule = rule == null ? CompositeArchRule.of(free) : rule.and(free);
        }
        return rule.as("Rule 7: no cycles between packages of the same module");
    }

    /** Rule 8. Pictures and sound files are read and written by adapters, behind ports. */
    ArchRule applicationHandlesNoMediaFormat() {
        return noClasses().that().resideInAPackage(root + ".application..")
                .should().dependOnClassesThat().resideInAnyPackage("java.awt..", "javax.sound..", "javax.imageio..")
                .as("Rule 8: application uses no java.awt, javax.sound or javax.imageio type");
    }

    /**
     * Rule 9. Every degree of parallelism comes from the render parallelism the configuration sets,
     * handed to the adapter; a static pool or permit count would escape it.
     */
    ArchRule infrastructureKeepsNoStaticPools() {
        return noFields().that().areDeclaredInClassesThat().resideInAPackage(root + ".infrastructure..")
                .and().areStatic()
                .should().haveRawType(assignableTo(ExecutorService.class))
                .orShould().haveRawType(assignableTo(Semaphore.class))
                .allowEmptyShould(true)
                .as("Rule 9: infrastructure keeps no static ExecutorService or Semaphore");
    }

    List<ArchRule> all() {
        return List.of(domainIsPureJava(), applicationIsFrameworkFree(), portsInAndOutAreIndependent(),
                adapterTechnologiesAreIndependent(), annotationsStayInTheirLayer(), portsAreImplemented(),
                modulesHaveNoCycles(), applicationHandlesNoMediaFormat(), infrastructureKeepsNoStaticPools());
    }

    private static ArchCondition<JavaClass> haveAnImplementationIn(String packagePattern) {
        return new ArchCondition<>("have an implementation in " + packagePattern) {
            @Override
            public void check(JavaClass port, ConditionEvents events) {
                boolean implemented = port.getAllSubclasses().stream()
                        .anyMatch(impl -> !impl.isInterface()
                                && JavaClass.Predicates.resideInAPackage(packagePattern).test(impl));
                events.add(new SimpleConditionEvent(port, implemented,
                        port.getName() + (implemented ? " is" : " is not") + " implemented in " + packagePattern));
            }
        };
    }
}
