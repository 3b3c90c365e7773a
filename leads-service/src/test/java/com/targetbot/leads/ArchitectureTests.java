package com.targetbot.leads;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.library.GeneralCodingRules;

@AnalyzeClasses(packages = "com.targetbot.leads", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTests {

    @ArchTest
    static final ArchRule noOtherServiceIsUsed = noClasses()
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage(
                    "com.targetbot.gateway..",
                    "com.targetbot.telegram..",
                    "com.targetbot.meta..",
                    "com.targetbot.reports..",
                    "com.targetbot.sandbox..")
            .because("services share only libs/*; they learn from each other through events and APIs");

    @ArchTest
    static final ArchRule featuresAreFreeOfCycles =
            slices().matching("com.targetbot.leads.(*)..").should().beFreeOfCycles();

    @ArchTest
    static final ArchRule noFieldInjection = GeneralCodingRules.NO_CLASSES_SHOULD_USE_FIELD_INJECTION;

    @ArchTest
    static final ArchRule noStandardStreams = GeneralCodingRules.NO_CLASSES_SHOULD_ACCESS_STANDARD_STREAMS;

    @ArchTest
    static final ArchRule noJavaUtilLogging = GeneralCodingRules.NO_CLASSES_SHOULD_USE_JAVA_UTIL_LOGGING;
}
