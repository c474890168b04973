package io.videogen.bootstrap.architecture;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/** Checks the real code against every rule, and proves each rule catches a planted violation. */
class ArchitectureTest {

    private static JavaClasses production;

    @BeforeAll
    static void importProductionCode() {
        production = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("io.videogen");
    }

    @TestFactory
    Stream<DynamicTest> productionCodeKeepsEveryRule() {
        return new ArchitectureRules("io.videogen").all().stream()
                .map(rule -> DynamicTest.dynamicTest(rule.getDescription(),
                        () -> assertThatCode(() -> rule.check(production)).doesNotThrowAnyException()));
    }

    @Test
    void rule1CatchesAFrameworkTypeInTheDomain() {
        assertCaught("rule1", ArchitectureRules::domainIsPureJava, "Rule 1", "TaintedVideo", "io.quarkus.arc.Arc");
    }

    @Test
    void rule2CatchesVertxInTheApplication() {
        assertCaught("rule2", ArchitectureRules::applicationIsFrameworkFree, "Rule 2", "TaintedService",
                "io.vertx.core.Vertx");
    }

    @Test
    void rule3CatchesAUseCaseThatHandsOutAnOutboundPort() {
        assertCaught("rule3", ArchitectureRules::portsInAndOutAreIndependent, "Rule 3", "LeakyUseCase");
    }

    @Test
    void rule4CatchesAdaptersCallingEachOtherAndPresentationReachingInfrastructure() {
        assertCaught("rule4", ArchitectureRules::adapterTechnologiesAreIndependent, "Rule 4", "Narrator",
                "presentation.Resource");
    }

    @Test
    void rule5CatchesAnnotationsOutsideTheirLayer() {
        assertCaught("rule5", ArchitectureRules::annotationsStayInTheirLayer, "Rule 5", "VideoRow", "VideoEndpoint",
                "ProviderClient");
    }

    @Test
    void rule6CatchesPortsWithoutImplementations() {
        assertCaught("rule6", ArchitectureRules::portsAreImplemented, "Rule 6", "OrphanPort", "OrphanUseCase");
    }

    @Test
    void rule7CatchesACycleBetweenPackages() {
        assertCaught("rule7", ArchitectureRules::modulesHaveNoCycles, "Rule 7", "Chicken", "Egg");
    }

    @Test
    void rule8CatchesSoundAndPicturesInTheApplication() {
        assertCaught("rule8", ArchitectureRules::applicationHandlesNoMediaFormat, "Rule 8", "WaveReader",
                "javax.sound.sampled.AudioFormat", "java.awt.image.BufferedImage");
    }

    @Test
    void rule9CatchesAStaticPoolAndSemaphoreInInfrastructure() {
        assertCaught("rule9", ArchitectureRules::infrastructureKeepsNoStaticPools, "Rule 9", "SharedEncoders.SLOTS",
                "SharedEncoders.POOL");
    }

    @Test
    void aRuleOnAMisspeltPackageFailsInsteadOfCheckingNothing() {
        ArchRule misspelt = new ArchitectureRules("io.videogne").domainIsPureJava();

        assertThatThrownBy(() -> misspelt.check(production))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("failed to check any classes");
    }

    private static void assertCaught(String fixture, Function<ArchitectureRules, ArchRule> rule, String... expected) {
        String root = "io.videogen.archfixture." + fixture;
        JavaClasses planted = new ClassFileImporter().importPackages(root);
        assertThatThrownBy(() -> rule.apply(new ArchitectureRules(root)).check(planted))
                .isInstanceOf(AssertionError.class)
                .hasMessageContainingAll(expected);
    }
}
