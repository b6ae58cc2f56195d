package br.com.nexus.app.arquitetura;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Command side, query side and sagas talk only through Axon messages defined in the shared kernel. */
class FronteirasDosModulosTest {

    private static JavaClasses classes;

    @BeforeAll
    static void importar() {
        classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("br.com.nexus");
    }

    @Test
    void ladoDeComandosNaoConheceConsultasNemSagas() {
        noClasses().that().resideInAPackage("br.com.nexus.command..")
                .should().dependOnClassesThat().resideInAnyPackage("br.com.nexus.query..", "br.com.nexus.saga..",
                        "br.com.nexus.app..")
                .allowEmptyShould(true)
                .check(classes);
    }

    @Test
    void ladoDeConsultasNaoConheceComandosNemSagas() {
        noClasses().that().resideInAPackage("br.com.nexus.query..")
                .should().dependOnClassesThat().resideInAnyPackage("br.com.nexus.command..", "br.com.nexus.saga..",
                        "br.com.nexus.app..")
                .allowEmptyShould(true)
                .check(classes);
    }

    @Test
    void sagasNaoConhecemComandosNemConsultas() {
        noClasses().that().resideInAPackage("br.com.nexus.saga..")
                .should().dependOnClassesThat().resideInAnyPackage("br.com.nexus.command..", "br.com.nexus.query..",
                        "br.com.nexus.app..")
                .allowEmptyShould(true)
                .check(classes);
    }

    @Test
    void nucleoCompartilhadoNaoDependeDeSpringNemDeJpa() {
        noClasses().that().resideInAPackage("br.com.nexus.kernel..")
                .should().dependOnClassesThat().resideInAnyPackage("org.springframework..", "jakarta.persistence..",
                        "br.com.nexus.command..", "br.com.nexus.query..", "br.com.nexus.saga..", "br.com.nexus.app..")
                .allowEmptyShould(true)
                .check(classes);
    }
}
