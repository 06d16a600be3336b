package org.fazhi.web.internal;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.info.License;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.springdoc.core.models.GroupedOpenApi;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The OpenAPI description: staff endpoints take the browser session or HTTP Basic. The whole document
 * ({@code /v3/api-docs}, {@code /v3/api-docs/staff}) and Swagger UI are for signed-in staff; the public API has its
 * own document ({@code /v3/api-docs/public}) that anyone may read, linked from the portal.
 */
@Configuration(proxyBeanMethods = false)
class OpenApiConfig {

    static final String PUBLIC_GROUP = "public";

    @Bean
    GroupedOpenApi staffApiGroup() {
        return GroupedOpenApi.builder().group("staff").displayName("员工接口").pathsToMatch("/api/**")
                .pathsToExclude("/api/public/**").build();
    }

    @Bean
    GroupedOpenApi publicApiGroup() {
        // springdoc.paths-to-match (/api/**) overrides a group's own paths to match, so the staff API is excluded
        return GroupedOpenApi.builder().group(PUBLIC_GROUP).displayName("公众接口").pathsToMatch("/api/public/**")
                .pathsToExclude("/api/v1/**").addOpenApiCustomizer(api -> api.setSecurity(null)).build();
    }

    @Bean
    OpenAPI fazhiOpenApi() {
        return new OpenAPI()
                .info(new Info().title("Fazhi 法治政府建设数字化平台 API").version("v1")
                        .description("员工接口 /api/v1/**（会话或 HTTP Basic）；公众接口 /api/public/v1/**（无需登录）。"
                                + "错误均以 application/problem+json（RFC 9457）答复，detail 为中文说明。")
                        .license(new License().name("Apache-2.0")))
                .components(new Components().addSecuritySchemes("basic",
                        new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("basic")))
                .addSecurityItem(new SecurityRequirement().addList("basic"));
    }
}
