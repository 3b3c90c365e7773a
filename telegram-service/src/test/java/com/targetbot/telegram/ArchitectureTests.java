package com.targetbot.telegram;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.targetbot.telegram.users.BotRole;
import com.targetbot.telegram.users.BotUserRepository;
import com.targetbot.testkit.ServiceArchitectureRules;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.junit.ArchTests;
import com.tngtech.archunit.lang.ArchRule;

@AnalyzeClasses(packages = "com.targetbot.telegram", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTests {

    @ArchTest
    static final ArchTests serviceRules = ArchTests.in(ServiceArchitectureRules.class);

    /** Features trust the dispatchers: one place checks the role a command or a button declares. */
    @ArchTest
    static final ArchRule onlyTheRoleGateChecksRoles = noClasses()
            .that()
            .doNotHaveFullyQualifiedName("com.targetbot.telegram.commands.RoleGate")
            .and()
            .resideOutsideOfPackage("com.targetbot.telegram.users")
            .should()
            .callMethod(BotUserRepository.class, "holds", long.class, BotRole.class)
            .orShould()
            .callMethod(BotRole.class, "includes", BotRole.class)
            .because("roles are declared per command and button and enforced by the dispatchers");
}
