package com.targetbot.telegram;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.GeneralCodingRules.NO_CLASSES_SHOULD_ACCESS_STANDARD_STREAMS;
import static com.tngtech.archunit.library.GeneralCodingRules.NO_CLASSES_SHOULD_USE_FIELD_INJECTION;
import static com.tngtech.archunit.library.GeneralCodingRules.NO_CLASSES_SHOULD_USE_JAVA_UTIL_LOGGING;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

@AnalyzeClasses(
        packages = "com.targetbot.telegram",
        importOptions = {ImportOption.DoNotIncludeTests.class, ImportOption.DoNotIncludeJars.class})
class ArchitectureTests {

    @ArchTest
    static final ArchRule dependsOnNoOtherService = noClasses()
            .that()
            .resideInAPackage("com.targetbot.telegram..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage(
                    "com.targetbot.gateway..",
                    "com.targetbot.leads..",
                    "com.targetbot.meta..",
                    "com.targetbot.reports..",
                    "com.targetbot.sandbox..");

    @ArchTest
    static final ArchRule featuresHaveNoCycles =
            slices().matching("com.targetbot.telegram.(*)..").should().beFreeOfCycles();

    @ArchTest
    static final ArchRule noFieldInjection = NO_CLASSES_SHOULD_USE_FIELD_INJECTION;

    @ArchTest
    static final ArchRule noStandardStreams = NO_CLASSES_SHOULD_ACCESS_STANDARD_STREAMS;

    @ArchTest
    static final ArchRule noJavaUtilLogging = NO_CLASSES_SHOULD_USE_JAVA_UTIL_LOGGING;
}
