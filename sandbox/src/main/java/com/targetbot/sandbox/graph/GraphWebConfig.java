package com.targetbot.sandbox.graph;

import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

@Configuration(proxyBeanMethods = false)
class GraphWebConfig implements WebMvcConfigurer {

    private final AppUsage appUsage;

    GraphWebConfig(AppUsage appUsage) {
        this.appUsage = appUsage;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(appUsage).addPathPatterns(GraphApiController.VERSION + "/**");
    }
}
