package cn.oneteam.platform;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import cn.oneteam.shared.JurisdictionScope;
import cn.oneteam.shared.ScopedPrincipal;
import org.springdoc.core.utils.SpringDocUtils;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** OpenAPI 3 description of {@code /api/v1}, served at {@code /v3/api-docs} with a UI at {@code /swagger-ui.html}. */
@Configuration(proxyBeanMethods = false)
class OpenApiConfiguration {

	static {
		// resolved from the signed-in caller (WebConfiguration.CallerResolver), never sent as parameters
		SpringDocUtils.getConfig().addRequestWrapperToIgnore(ScopedPrincipal.class, JurisdictionScope.class);
	}

	@Bean
	OpenAPI oneTeamApi() {
		return new OpenAPI()
			.info(new Info().title("OneTeam 综合行政执法一体化平台 API")
				.version("v1")
				.description("""
						JSON API of OneTeam. Authenticate with a personal API token (`Authorization: Bearer …`, \
						issued on the 我的令牌 / My tokens page) or a browser session. Errors are RFC 9457 \
						problem+json with a stable `type` (`urn:oneteam:problem:<code>`) and a title in the \
						language of `Accept-Language` (zh-CN by default, en)."""))
			.components(new Components().addSecuritySchemes("token",
					new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("bearer")))
			.addSecurityItem(new SecurityRequirement().addList("token"));
	}
}
