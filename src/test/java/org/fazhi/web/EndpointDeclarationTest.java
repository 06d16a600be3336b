package org.fazhi.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.fazhi.shared.PublicEndpoint;
import org.fazhi.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/** Every page and API endpoint of the platform declares who may use it. */
class EndpointDeclarationTest extends IntegrationTest {

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    @Test
    void every_handler_declares_a_permission_or_is_explicitly_public() {
        List<String> undeclared = new ArrayList<>();
        mappings.getHandlerMethods().forEach((info, handler) -> {
            Class<?> type = handler.getBeanType();
            if (!type.getPackageName().startsWith("org.fazhi")) {
                return;
            }
            boolean declared = AnnotatedElementUtils.hasAnnotation(handler.getMethod(), PreAuthorize.class)
                    || AnnotatedElementUtils.hasAnnotation(type, PreAuthorize.class)
                    || AnnotatedElementUtils.hasAnnotation(handler.getMethod(), PublicEndpoint.class)
                    || AnnotatedElementUtils.hasAnnotation(type, PublicEndpoint.class);
            if (!declared) {
                undeclared.add(type.getSimpleName() + "#" + handler.getMethod().getName() + " " + info);
            }
        });

        assertThat(undeclared).isEmpty();
        assertThat(mappings.getHandlerMethods()).hasSizeGreaterThan(20);
    }

    @Test
    void public_handlers_live_only_under_the_portal_login_and_public_api() {
        List<String> odd = new ArrayList<>();
        mappings.getHandlerMethods().forEach((info, handler) -> {
            boolean open = AnnotatedElementUtils.hasAnnotation(handler.getMethod(), PublicEndpoint.class)
                    || AnnotatedElementUtils.hasAnnotation(handler.getBeanType(), PublicEndpoint.class);
            if (open) {
                info.getPatternValues().stream()
                        .filter(p -> !(p.equals("/") || p.startsWith("/portal") || p.equals("/login")
                                || p.equals("/error") || p.startsWith("/api/public/")))
                        .forEach(p -> odd.add(p));
            }
        });

        assertThat(odd).isEmpty();
    }
}
