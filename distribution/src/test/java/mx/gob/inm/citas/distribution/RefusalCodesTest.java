package mx.gob.inm.citas.distribution;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import mx.gob.inm.citas.domain.availability.InvalidDateRangeException;
import mx.gob.inm.citas.domain.shared.DomainException;
import mx.gob.inm.citas.domain.shared.InvalidValueException;

/**
 * Every refusal the domain, the use cases and the stores give carries a code: none is made through the deprecated
 * ways that take only an English sentence (which the pages could only say in general words). The deprecated ways
 * stay for work in progress elsewhere; a caller in these layers fails here.
 */
@AnalyzeClasses(packages = "mx.gob.inm.citas", importOptions = ImportOption.DoNotIncludeTests.class)
class RefusalCodesTest {

    private static final String[] LAYERS = {"mx.gob.inm.citas.domain..", "mx.gob.inm.citas.application..",
        "mx.gob.inm.citas.adapters.persistence.."};

    @ArchTest
    static final ArchRule no_refusal_is_required_without_a_code = noClasses()
            .that(resideInAnyPackage(LAYERS)).and().doNotHaveFullyQualifiedName(InvalidValueException.class.getName())
            .should().callMethod(InvalidValueException.class, "require", boolean.class, String.class)
            .orShould().callMethod(InvalidValueException.class, "requireText", String.class, String.class)
            .orShould().callMethod(InvalidValueException.class, "requirePresent", Object.class, String.class)
            .because("a refusal carries a code and its arguments, so that each page says it in its language");

    @ArchTest
    static final ArchRule no_refusal_is_made_from_an_english_sentence_alone = noClasses()
            .that(resideInAnyPackage(LAYERS))
            .and().doNotHaveFullyQualifiedName(InvalidValueException.class.getName())
            .and().doNotHaveFullyQualifiedName(InvalidDateRangeException.class.getName())
            .should().callConstructor(InvalidValueException.class, String.class)
            .orShould().callConstructor(InvalidDateRangeException.class, String.class)
            .orShould().callConstructor(DomainException.class, String.class)
            .because("a refusal carries a code and its arguments, so that each page says it in its language");
}
