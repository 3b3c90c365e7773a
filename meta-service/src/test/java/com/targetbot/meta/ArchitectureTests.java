package com.targetbot.meta;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.targetbot.testkit.ServiceArchitectureRules;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.junit.ArchTests;
import com.tngtech.archunit.lang.ArchRule;

@AnalyzeClasses(packages = "com.targetbot.meta", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTests {

    @ArchTest
    static final ArchTests serviceRules = ArchTests.in(ServiceArchitectureRules.class);

    @ArchTest
    static final ArchRule graphClientKnowsNothingOfSyncOrStats = noClasses()
            .that()
            .resideInAPackage("com.targetbot.meta.graph..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage("com.targetbot.meta.sync..", "com.targetbot.meta.stats..");
}
