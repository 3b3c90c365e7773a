package com.targetbot.reports;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.library.GeneralCodingRules;

@AnalyzeClasses(packages = "com.targetbot.reports", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTests {

    @ArchTest
    static final ArchRule dependsOnNoOtherService = noClasses()
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage(
                    "com.targetbot.gateway..",
                    "com.targetbot.telegram..",
                    "com.targetbot.leads..",
                    "com.targetbot.meta..",
                    "com.targetbot.sandbox..")
            .because("services share only the event contract and the service kit");

    @ArchTest
    static final ArchRule featuresAreFreeOfCycles =
            slices().matching("com.targetbot.reports.(*)..").should().beFreeOfCycles();

    @ArchTest
    static final ArchRule noFieldInjection = GeneralCodingRules.NO_CLASSES_SHOULD_USE_FIELD_INJECTION;

    @ArchTest
    static final ArchRule noStandardStreams = GeneralCodingRules.NO_CLASSES_SHOULD_ACCESS_STANDARD_STREAMS;

    @ArchTest
    static final ArchRule noJavaUtilLogging = GeneralCodingRules.NO_CLASSES_SHOULD_USE_JAVA_UTIL_LOGGING;
}
