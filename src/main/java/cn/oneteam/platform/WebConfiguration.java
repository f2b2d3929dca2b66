package cn.oneteam.platform;

import java.time.Duration;
import java.util.List;
import java.util.Locale;

import cn.oneteam.shared.JurisdictionScope;
import cn.oneteam.shared.ScopedPrincipal;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.boot.webmvc.autoconfigure.WebMvcRegistrations;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.MethodParameter;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;
import org.springframework.web.servlet.i18n.LocaleChangeInterceptor;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Chinese first: pages are zh-CN until the user switches ({@code ?lang=en}, kept in a cookie); the API also honours
 * {@code Accept-Language}. Controllers may take the caller's {@link JurisdictionScope} or {@link ScopedPrincipal}
 * as a parameter.
 */
@Configuration(proxyBeanMethods = false)
class WebConfiguration implements WebMvcConfigurer {

	static final Locale CHINESE = Locale.SIMPLIFIED_CHINESE;

	static final List<Locale> SUPPORTED = List.of(CHINESE, Locale.ENGLISH);

	/** Request mappings looked up by their paths' first segments (docs/adr/0057-the-scale-path.md). */
	@Bean
	WebMvcRegistrations indexedRequestMappings() {
		return new WebMvcRegistrations() {
			@Override
			public RequestMappingHandlerMapping getRequestMappingHandlerMapping() {
				return new IndexedRequestMappings();
			}
		};
	}

	@Bean
	LocaleResolver localeResolver() {
		CookieLocaleResolver resolver = new CookieLocaleResolver("ONETEAM_LANG");
		resolver.setCookieMaxAge(Duration.ofDays(365));
		resolver.setDefaultLocaleFunction(WebConfiguration::defaultLocale);
		return resolver;
	}

	private static Locale defaultLocale(HttpServletRequest request) {
		if (request.getRequestURI().startsWith("/api/") && request.getHeader("Accept-Language") != null) {
			Locale requested = request.getLocale();
			if (Locale.ENGLISH.getLanguage().equals(requested.getLanguage())) {
				return Locale.ENGLISH;
			}
		}
		return CHINESE;
	}

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		LocaleChangeInterceptor interceptor = new LocaleChangeInterceptor();
		interceptor.setParamName("lang");
		interceptor.setIgnoreInvalidLocale(true);
		registry.addInterceptor(interceptor);
	}

	@Override
	public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
		resolvers.add(new CallerResolver());
	}

	/** Resolves the signed-in caller, or the caller's jurisdiction, from the security context. */
	static class CallerResolver implements HandlerMethodArgumentResolver {

		@Override
		public boolean supportsParameter(MethodParameter parameter) {
			Class<?> type = parameter.getParameterType();
			return type == JurisdictionScope.class || type == ScopedPrincipal.class;
		}

		@Override
		public Object resolveArgument(MethodParameter parameter, ModelAndViewContainer container,
				NativeWebRequest request, WebDataBinderFactory binders) {
			Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
			if (authentication == null || !(authentication.getPrincipal() instanceof ScopedPrincipal principal)) {
				throw new org.springframework.security.authentication.AuthenticationCredentialsNotFoundException(
						"no signed-in user");
			}
			return parameter.getParameterType() == JurisdictionScope.class ? principal.jurisdiction() : principal;
		}
	}
}
