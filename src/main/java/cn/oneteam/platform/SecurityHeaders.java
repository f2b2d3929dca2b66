package cn.oneteam.platform;

import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.HeadersConfigurer;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;

/**
 * Response headers of pages and API (docs/adr/0011-sign-in-protection.md). Pages: a Content-Security-Policy that
 * admits only this origin's scripts, styles and frames — no inline script, style element, style attribute or event
 * handler attribute (they live in {@code static/js} and {@code static/css}; htmx's own indicator style is switched
 * off in the layout and kept in {@code oneteam.css}) — with {@code data:} images for Bootstrap's icons. API: nothing
 * may load from a JSON or document answer, which only this origin may frame (the document print page does). Both:
 * {@code Referrer-Policy: strict-origin-when-cross-origin}, frames from this origin only.
 */
final class SecurityHeaders {

	static final String PAGE_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
			+ "font-src 'self'; connect-src 'self'; frame-src 'self'; object-src 'none'; base-uri 'self'; "
			+ "form-action 'self'; frame-ancestors 'self'";

	/**
	 * Swagger UI ({@code /swagger-ui/**}, a bundled tool page) injects one style element of its own: admitted by its
	 * hash, nothing else inline. The browser test visits it, so a Swagger UI upgrade that changes the style shows.
	 */
	static final String SWAGGER_POLICY = PAGE_POLICY.replace("style-src 'self';",
			"style-src 'self' 'sha256-RL3ie0nH+Lzz2YNqQN83mnU0J1ot4QL7b99vMdIX99w=';");

	static final String API_POLICY = "default-src 'none'; frame-ancestors 'self'; base-uri 'none'; form-action 'none'";

	private SecurityHeaders() {
	}

	static Customizer<HeadersConfigurer<HttpSecurity>> pages() {
		return headers -> common(headers.addHeaderWriter((request, response) -> {
			if (!response.containsHeader("Content-Security-Policy")) {
				response.setHeader("Content-Security-Policy",
						request.getRequestURI().startsWith("/swagger-ui/") ? SWAGGER_POLICY : PAGE_POLICY);
			}
		}));
	}

	static Customizer<HeadersConfigurer<HttpSecurity>> api() {
		return headers -> common(headers.contentSecurityPolicy(csp -> csp.policyDirectives(API_POLICY)));
	}

	private static void common(HeadersConfigurer<HttpSecurity> headers) {
		headers.referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN))
			.frameOptions(HeadersConfigurer.FrameOptionsConfig::sameOrigin);
	}
}
