package com.targetbot.sandbox.graph;

import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

@Configuration(proxyBeanMethods = false)
class GraphWebConfig implements WebMvcConfigurer {

    private final AppUsage appUsage;
    private final MarketingUsage marketingUsage;

    GraphWebConfig(AppUsage appUsage, MarketingUsage marketingUsage) {
        this.appUsage = appUsage;
        this.marketingUsage = marketingUsage;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(appUsage).addPathPatterns(GraphApiController.VERSION + "/**");
        registry.addInterceptor(marketingUsage).addPathPatterns(GraphApiController.VERSION + "/**");
    }
}
