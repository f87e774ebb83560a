package mx.gob.inm.citas.distribution;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * The hexagon's dependency rules, checked on the compiled classes of every module. ArchUnit fails a rule whose
 * subject matches no class, so a rule cannot pass because a package was renamed away.
 */
@AnalyzeClasses(packages = "mx.gob.inm.citas", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule the_domain_depends_on_nothing_but_the_jdk = classes()
            .that().resideInAPackage("mx.gob.inm.citas.domain..")
            .should().onlyDependOnClassesThat().resideInAnyPackage("java..", "mx.gob.inm.citas.domain..");

    @ArchTest
    static final ArchRule the_domain_imports_no_jakarta_api = noClasses()
            .that().resideInAPackage("mx.gob.inm.citas.domain..")
            .should().dependOnClassesThat().resideInAnyPackage("jakarta..", "javax..");

    @ArchTest
    static final ArchRule the_application_uses_no_persistence_faces_or_mail_api = noClasses()
            .that().resideInAPackage("mx.gob.inm.citas.application..")
            .should().dependOnClassesThat()
            .resideInAnyPackage("jakarta.persistence..", "jakarta.faces..", "jakarta.mail..");

    @ArchTest
    static final ArchRule the_application_knows_no_adapter = noClasses()
            .that().resideInAPackage("mx.gob.inm.citas.application..")
            .should().dependOnClassesThat()
            .resideInAnyPackage("mx.gob.inm.citas.adapters..", "mx.gob.inm.citas.boot..");

    @ArchTest
    static final ArchRule adapters_do_not_import_each_other = slices()
            .matching("mx.gob.inm.citas.adapters.(*)..")
            .should().notDependOnEachOther();

    @ArchTest
    static final ArchRule entities_stay_in_the_persistence_adapter = classes()
            .that().areAnnotatedWith("jakarta.persistence.Entity")
            .should().resideInAPackage("mx.gob.inm.citas.adapters.persistence..");
}
