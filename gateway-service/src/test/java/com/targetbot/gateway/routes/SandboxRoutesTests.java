package com.targetbot.gateway.routes;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.cloud.gateway.route.RouteDefinition;
import org.springframework.cloud.gateway.route.RouteDefinitionLocator;
import org.springframework.context.annotation.Configuration;

class SandboxRoutesTests {

    private final ApplicationContextRunner context = new ApplicationContextRunner()
            .withUserConfiguration(Services.class, SandboxRoutes.class)
            .withPropertyValues(
                    "targetbot.services.leads.url=http://127.0.0.1:8082",
                    "targetbot.services.telegram.url=http://127.0.0.1:8081",
                    "targetbot.services.meta.url=http://127.0.0.1:8083",
                    "targetbot.services.reports.url=http://127.0.0.1:8084");

    @Test
    void withoutASandboxAddressThereIsNoRoute() {
        context.run(app ->
                assertThat(routes(app.getBean(RouteDefinitionLocator.class))).isEmpty());
    }

    @Test
    void anEmptySandboxAddressAsComposeGivesItWithARealBotMeansNoRoute() {
        context.withPropertyValues("targetbot.services.sandbox.url=")
                .run(app -> assertThat(routes(app.getBean(RouteDefinitionLocator.class)))
                        .isEmpty());
    }

    @Test
    void aSandboxAddressRoutesTheBotChatPathsToItsControlApi() {
        context.withPropertyValues("targetbot.services.sandbox.url=http://127.0.0.1:8089")
                .run(app -> assertThat(routes(app.getBean(RouteDefinitionLocator.class)))
                        .singleElement()
                        .satisfies(route -> {
                            assertThat(route.getUri()).isEqualTo(URI.create("http://127.0.0.1:8089"));
                            assertThat(route.getPredicates().getFirst().getArgs())
                                    .containsValue("/api/sandbox/telegram/**");
                            assertThat(route.getFilters().getFirst().getName()).isEqualTo("StripPrefix");
                        }));
    }

    private static List<RouteDefinition> routes(RouteDefinitionLocator locator) {
        return locator.getRouteDefinitions().collectList().block();
    }

    @Configuration(proxyBeanMethods = false)
    @EnableConfigurationProperties(ServicesProperties.class)
    static class Services {}
}
