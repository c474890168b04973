package io.videogen.bootstrap.security;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Every REST endpoint says who may call it: @RolesAllowed, @PermitAll or @DenyAll on the method or
 * its class. A new endpoint without one fails the build here (and is denied at run time by
 * quarkus.security.jaxrs.deny-unannotated-endpoints).
 */
class EndpointSecurityAnnotationTest {

    private static final List<String> HTTP_METHODS = List.of("jakarta.ws.rs.GET", "jakarta.ws.rs.POST",
            "jakarta.ws.rs.PUT", "jakarta.ws.rs.PATCH", "jakarta.ws.rs.DELETE", "jakarta.ws.rs.HEAD",
            "jakarta.ws.rs.OPTIONS");
    private static final List<String> SECURITY = List.of("jakarta.annotation.security.RolesAllowed",
            "jakarta.annotation.security.PermitAll", "jakarta.annotation.security.DenyAll");

    static ArchRule everyEndpointNamesWhoMayCallIt(String root) {
        return methods().that().areDeclaredInClassesThat().resideInAPackage(root + ".presentation..")
                .and(areEndpoints())
                .should(carryASecurityAnnotation())
                .as("every REST endpoint in " + root + ".presentation carries @RolesAllowed, @PermitAll or "
                        + "@DenyAll on itself or its class");
    }

    @Test
    void everyEndpointOfTheServiceNamesWhoMayCallIt() {
        JavaClasses production = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("io.videogen.presentation");

        assertThatCode(() -> everyEndpointNamesWhoMayCallIt("io.videogen").check(production))
                .doesNotThrowAnyException();
    }

    @Test
    void anEndpointWithoutASecurityAnnotationIsCaught() {
        JavaClasses planted = new ClassFileImporter().importPackages("io.videogen.archfixture.endpoints");

        assertThatThrownBy(() -> everyEndpointNamesWhoMayCallIt("io.videogen.archfixture.endpoints").check(planted))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("HalfGuardedResource.forgotten()")
                .hasMessageNotContaining("open()")
                .hasMessageNotContaining("guarded()")
                .hasMessageNotContaining("closed()");
    }

    private static DescribedPredicate<JavaMethod> areEndpoints() {
        return DescribedPredicate.describe("are REST endpoints",
                method -> HTTP_METHODS.stream().anyMatch(method::isAnnotatedWith));
    }

    private static ArchCondition<JavaMethod> carryASecurityAnnotation() {
        return new ArchCondition<>("carry a security annotation on the method or its class") {
            @Override
            public void check(JavaMethod method, ConditionEvents events) {
                boolean guarded = SECURITY.stream().anyMatch(annotation -> method.isAnnotatedWith(annotation)
                        || method.getOwner().isAnnotatedWith(annotation));
                events.add(new SimpleConditionEvent(method, guarded, method.getFullName()
                        + (guarded ? " names" : " does not name") + " who may call it"));
            }
        };
    }
}
