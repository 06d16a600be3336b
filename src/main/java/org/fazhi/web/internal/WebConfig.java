package org.fazhi.web.internal;

import java.time.Duration;
import java.util.Locale;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.MessageSource;
import org.springframework.core.Ordered;
import org.springframework.core.env.Environment;
import org.springframework.util.StringUtils;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;
import org.springframework.web.servlet.i18n.LocaleChangeInterceptor;

/**
 * Languages (Chinese by default, English by {@code ?lang=en}, kept in a cookie), the portal's rate limit and the
 * logging filters.
 */
@Configuration(proxyBeanMethods = false)
class WebConfig implements WebMvcConfigurer {

    private final PortalRateLimit portalRateLimit;

    WebConfig(PortalRateLimit portalRateLimit) {
        this.portalRateLimit = portalRateLimit;
    }

    /** The message bundles as {@code spring.messages.*} names them, citations in arguments in the reader's language. */
    @Bean(name = "messageSource")
    MessageSource messageSource(Environment env) {
        PlatformMessageSource m = new PlatformMessageSource();
        m.setBasenames(StringUtils.commaDelimitedListToStringArray(
                StringUtils.trimAllWhitespace(env.getProperty("spring.messages.basename", "messages"))));
        m.setDefaultEncoding(env.getProperty("spring.messages.encoding", "UTF-8"));
        m.setFallbackToSystemLocale(env.getProperty("spring.messages.fallback-to-system-locale", Boolean.class, true));
        return m;
    }

    @Bean
    LocaleResolver localeResolver() {
        CookieLocaleResolver r = new CookieLocaleResolver("fazhi-lang");
        r.setDefaultLocale(Locale.SIMPLIFIED_CHINESE);
        r.setCookieMaxAge(Duration.ofDays(365));
        return r;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        LocaleChangeInterceptor i = new LocaleChangeInterceptor();
        i.setParamName("lang");
        registry.addInterceptor(i);
        // after the language, so that a refused citizen reads the answer in the language chosen
        registry.addInterceptor(portalRateLimit).addPathPatterns("/portal/**");
    }

    @Bean
    FilterRegistrationBean<RequestLogFilter> requestLogFilter() {
        FilterRegistrationBean<RequestLogFilter> r = new FilterRegistrationBean<>(new RequestLogFilter());
        r.setOrder(Ordered.HIGHEST_PRECEDENCE);
        return r;
    }

    @Bean
    FilterRegistrationBean<UserMdcFilter> userMdcFilter() {
        FilterRegistrationBean<UserMdcFilter> r = new FilterRegistrationBean<>(new UserMdcFilter());
        r.setOrder(Ordered.LOWEST_PRECEDENCE - 10);
        return r;
    }

    @Bean
    FilterRegistrationBean<RateLimitFilter> rateLimitFilterRegistration(RateLimitFilter filter) {
        // used inside the public security chain only, not as a servlet filter of its own
        FilterRegistrationBean<RateLimitFilter> r = new FilterRegistrationBean<>(filter);
        r.setEnabled(false);
        return r;
    }
}
