package org.probscope.app;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** STYLE.md habits 1, 4 and 5, checked on the compiled classes. */
class LayerRulesTest {

  private static final JavaClasses CLASSES =
      new ClassFileImporter()
          .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
          .importPackages("org.probscope");

  @Test
  void viewModelsUseOnlyBeansAndCollections() {
    noClasses()
        .that()
        .haveSimpleNameEndingWith("ViewModel")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage("javafx.scene..", "javafx.stage..", "javafx.application..")
        .because("view models are tested without a toolkit (STYLE.md habit 5)")
        .check(CLASSES);
  }

  @Test
  void theModelKnowsNoJavaFxAndNothingOfTheApp() {
    noClasses()
        .that()
        .resideInAPackage("org.probscope.model..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage("javafx..", "org.probscope.app..")
        .because("the model is pure Java (STYLE.md habit 1)")
        .check(CLASSES);
  }

  @Test
  void theCommandLineNeverTouchesTheToolkit() {
    noClasses()
        .that()
        .resideInAPackage("org.probscope.app.cli..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage("javafx..")
        .because("commands must run without starting JavaFX")
        .check(CLASSES);
  }

  @Test
  void nothingStartsItsOwnThreads() {
    noClasses()
        .that()
        .resideInAPackage("org.probscope..")
        .and()
        .doNotHaveSimpleName("FxTaskRunner")
        .should()
        .callConstructor(Thread.class, Runnable.class)
        .orShould()
        .callConstructor(Thread.class, Runnable.class, String.class)
        .because("background work goes through the TaskRunner (STYLE.md habit 7)")
        .check(CLASSES);
  }
}
