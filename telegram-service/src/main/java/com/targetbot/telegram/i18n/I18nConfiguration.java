package com.targetbot.telegram.i18n;

import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.support.ResourceBundleMessageSource;

@Configuration(proxyBeanMethods = false)
class I18nConfiguration {

    static final String BASENAME = "messages";

    /**
     * Named {@code messageSource} so it is the context's own. No fallback to the server's locale and no
     * base bundle: every text exists in both languages, and a missing key fails loudly instead of
     * silently answering in another language.
     */
    @Bean
    MessageSource messageSource() {
        var source = new ResourceBundleMessageSource();
        source.setBasename(BASENAME);
        source.setDefaultEncoding("UTF-8");
        source.setFallbackToSystemLocale(false);
        return source;
    }
}
