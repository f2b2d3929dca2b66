package cn.oneteam.platform;

import java.io.IOException;
import java.time.Duration;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.authentication.AnonymousAuthenticationFilter;
import org.springframework.security.web.csrf.CsrfFilter;
import org.springframework.web.filter.OncePerRequestFilter;
import tools.jackson.databind.json.JsonMapper;

/**
 * Two chains: the JSON API ({@code /api/**}) answers 401/403 as problem+json and accepts a personal token or the
 * session; pages use form login and redirect to it. Open to anyone: the public reporting API and pages
 * ({@code /api/v1/public/**}, {@code /public/**}) and Open311 reads; Open311 clients post with {@code api_key}, a
 * personal token as the GeoReport v2 spec passes it.
 */
@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity
class SecurityConfiguration {

	private static final String BEARER = "Bearer ";

	@Bean
	PasswordEncoder passwordEncoder() {
		return new BCryptPasswordEncoder();
	}

	/**
	 * Public answers' ETag and Cache-Control (docs/adr/0042-cacheable-public-answers.md), in both chains; a filter
	 * bean that the servlet container does not register on its own.
	 */
	@Bean
	PublicAnswerCaching publicAnswerCaching(@Value("${oneteam.public-cache.max-age:60s}") Duration maxAge) {
		return new PublicAnswerCaching(maxAge);
	}

	@Bean
	FilterRegistrationBean<PublicAnswerCaching> publicAnswerCachingOnlyInSecurity(PublicAnswerCaching caching) {
		FilterRegistrationBean<PublicAnswerCaching> registration = new FilterRegistrationBean<>(caching);
		registration.setEnabled(false);
		return registration;
	}

	@Bean
	@Order(1)
	SecurityFilterChain api(HttpSecurity http, ApiTokenAuthenticator tokens, Problems problems, JsonMapper json,
			LoginThrottle throttle, PublicAnswerCaching caching) throws Exception {
		return http.securityMatcher("/api/**")
			.authorizeHttpRequests(requests -> requests
				.requestMatchers(HttpMethod.GET, "/api/open311/**").permitAll()
				.requestMatchers("/api/v1/public/**").permitAll()
				.anyRequest().access(new ReadOnlyAccounts()))
			.csrf(csrf -> csrf.ignoringRequestMatchers(SecurityConfiguration::bearer)
				.ignoringRequestMatchers("/api/v1/public/**", "/api/open311/**"))
			.addFilterBefore(new BearerTokenFilter(tokens, problems, json), AnonymousAuthenticationFilter.class)
			.addFilterBefore(new TokenGuessingFilter(throttle, problems, json), CsrfFilter.class)
			.addFilterAfter(caching, AuthorizationFilter.class)
			.headers(SecurityHeaders.api())
			.exceptionHandling(errors -> errors
				.authenticationEntryPoint((request, response, e) -> write(response,
						problems.problem(request, HttpStatus.UNAUTHORIZED, "access.unauthenticated"), json))
				.accessDeniedHandler(ApiAccessDenied.handler(problems, json)))
			.build();
	}

	@Bean
	@Order(2)
	SecurityFilterChain pages(HttpSecurity http, PublicAnswerCaching caching) throws Exception {
		return http
			.authorizeHttpRequests(requests -> requests
				.requestMatchers("/login", "/webjars/**", "/css/**", "/js/**", "/favicon.ico", "/error", "/actuator/health/**",
						"/v3/api-docs/**", "/swagger-ui/**", "/swagger-ui.html", "/public/**")
				.permitAll()
				.anyRequest()
				.access(new ReadOnlyAccounts()))
			.formLogin(form -> form.loginPage("/login").defaultSuccessUrl("/", true)
				.failureHandler(SignInProtection.failureHandler()).permitAll())
			.headers(SecurityHeaders.pages())
			.addFilterAfter(caching, AuthorizationFilter.class)
			.logout(logout -> logout.logoutSuccessUrl("/login?logout"))
			.build();
	}

	/** Requests that authenticate with a personal token: they carry no session cookie to forge. */
	private static boolean bearer(HttpServletRequest request) {
		String header = request.getHeader("Authorization");
		return header != null && header.regionMatches(true, 0, BEARER, 0, BEARER.length());
	}

	static void write(HttpServletResponse response, ProblemDetail problem, JsonMapper json) throws IOException {
		response.setStatus(problem.getStatus());
		response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
		response.setCharacterEncoding("UTF-8");
		json.writeValue(response.getOutputStream(), problem);
	}

	/**
	 * Authenticates {@code Authorization: Bearer <token>}; a token that is unknown, revoked or expired is a 401, a
	 * read-only token used to write a 403.
	 */
	static class BearerTokenFilter extends OncePerRequestFilter {

		private static final java.util.Set<String> READS = java.util.Set.of("GET", "HEAD");

		private final ApiTokenAuthenticator tokens;

		private final Problems problems;

		private final JsonMapper json;

		BearerTokenFilter(ApiTokenAuthenticator tokens, Problems problems, JsonMapper json) {
			this.tokens = tokens;
			this.problems = problems;
			this.json = json;
		}

		@Override
		protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
				throws ServletException, IOException {
			String header = request.getHeader("Authorization");
			String token;
			if (header != null && header.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
				token = header.substring(BEARER.length()).trim();
			}
			else if (request.getRequestURI().startsWith("/api/open311/") && request.getParameter("api_key") != null) {
				token = request.getParameter("api_key").trim();
			}
			else {
				chain.doFilter(request, response);
				return;
			}
			ApiTokenAuthenticator.TokenCheck check = tokens.authenticate(token);
			if (check instanceof ApiTokenAuthenticator.Refused refused) {
				write(response, problems.problem(request, HttpStatus.UNAUTHORIZED, refused.code()), json);
				return;
			}
			ApiTokenAuthenticator.Accepted accepted = (ApiTokenAuthenticator.Accepted) check;
			if (accepted.readOnly() && !READS.contains(request.getMethod())) { // docs/adr/0009-who-may-do-what.md
				write(response, problems.problem(request, HttpStatus.FORBIDDEN, "access.token-read-only"), json);
				return;
			}
			SecurityContextHolder.getContext().setAuthentication(accepted.authentication());
			try {
				chain.doFilter(request, response);
			}
			finally {
				SecurityContextHolder.clearContext();
			}
		}
	}
}
