package cn.linli;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideOutsideOfPackages;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * The rule of docs/ARCHITECTURE.md ("Packages"), held on the compiled main classes: features stand on the
 * infrastructure and never the reverse, the application class on top of both, and no two packages (nor two
 * top-level packages, sub-packages included) need each other.
 */
class ModularityTest {

    /** What every feature may use; none of it may use a feature. */
    static final String[] INFRASTRUCTURE = {
        "cn.linli.api..",
        "cn.linli.graph..",
        "cn.linli.geo..",
        "cn.linli.cache..",
        "cn.linli.seed..",
        "cn.linli.privacy.."
    };

    private static final JavaClasses MAIN = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("cn.linli");

    @Test
    void featuresUseTheInfrastructureWhichUsesNoFeatureAndNothingUsesTheApplication() {
        layeredArchitecture()
                .consideringOnlyDependenciesInLayers()
                .layer("Application")
                .definedBy(resideInAPackage("cn.linli"))
                .layer("Features")
                .definedBy(resideInAPackage("cn.linli.*..").and(resideOutsideOfPackages(INFRASTRUCTURE)))
                .layer("Infrastructure")
                .definedBy(INFRASTRUCTURE)
                .whereLayer("Application")
                .mayNotBeAccessedByAnyLayer()
                .whereLayer("Features")
                .mayOnlyBeAccessedByLayers("Application")
                .check(MAIN);
    }

    @Test
    void noPackageNeedsAnotherThatNeedsIt() {
        slices().matching("cn.linli.(**)").should().beFreeOfCycles().check(MAIN);
    }

    @Test
    void noTopLevelPackageNeedsAnotherThatNeedsItSubPackagesIncluded() {
        slices().matching("cn.linli.(*)..").should().beFreeOfCycles().check(MAIN);
    }

    @Test
    void controllersMapFieldsAndLeaveTheDatabaseToTheirQueryClasses() {
        noClasses()
                .that()
                .haveSimpleNameEndingWith("Controller")
                .should()
                .dependOnClassesThat()
                .resideInAPackage("cn.linli.graph..")
                .check(MAIN);
    }
}
