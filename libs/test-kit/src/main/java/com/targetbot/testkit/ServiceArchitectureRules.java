package com.targetbot.testkit;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import com.tngtech.archunit.library.GeneralCodingRules;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The architecture rules every service keeps. A service's test includes them with
 * {@code @ArchTest static final ArchTests serviceRules = ArchTests.in(ServiceArchitectureRules.class);}
 * under {@code @AnalyzeClasses(packages = "com.targetbot.<service>")}.
 */
public final class ServiceArchitectureRules {

    private static final Set<String> SERVICES = Set.of("gateway", "telegram", "leads", "meta", "reports", "sandbox");

    @ArchTest
    public static final ArchRule noOtherServiceIsUsed = classes()
            .should(new ArchCondition<JavaClass>("depend on no other service's classes") {
                @Override
                public void check(JavaClass item, ConditionEvents events) {
                    String own = service(item.getPackageName());
                    for (Dependency dependency : item.getDirectDependenciesFromSelf()) {
                        String target = service(dependency.getTargetClass().getPackageName());
                        if (target != null && !target.equals(own)) {
                            events.add(SimpleConditionEvent.violated(dependency, dependency.getDescription()));
                        }
                    }
                }
            })
            .because("services share only libs/*; they learn from each other through events and APIs");

    @ArchTest
    public static final ArchRule featuresAreFreeOfCycles =
            slices().matching("com.targetbot.*.(*)..").should().beFreeOfCycles();

    @ArchTest
    public static final ArchRule noFieldInjection = GeneralCodingRules.NO_CLASSES_SHOULD_USE_FIELD_INJECTION;

    @ArchTest
    public static final ArchRule noStandardStreams = GeneralCodingRules.NO_CLASSES_SHOULD_ACCESS_STANDARD_STREAMS;

    @ArchTest
    public static final ArchRule noJavaUtilLogging = GeneralCodingRules.NO_CLASSES_SHOULD_USE_JAVA_UTIL_LOGGING;

    private ServiceArchitectureRules() {}

    /** The service a package belongs to ({@code com.targetbot.<service>...}), or null outside the services. */
    static @Nullable String service(String packageName) {
        String[] parts = packageName.split("\\.");
        return parts.length > 2 && parts[0].equals("com") && parts[1].equals("targetbot") && SERVICES.contains(parts[2])
                ? parts[2]
                : null;
    }
}
