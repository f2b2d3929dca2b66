package cn.oneteam.platform;

import java.io.InputStream;
import java.time.Duration;
import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.security.authentication.AuthenticationTrustResolver;
import org.springframework.security.authentication.AuthenticationTrustResolverImpl;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.ShallowEtagHeaderFilter;

/**
 * Cacheable public answers (docs/adr/0042-cacheable-public-answers.md). On the portal's pages ({@code /public},
 * {@code /public/**}) and the public JSON ({@code /api/v1/public/**}) an anonymous GET answered 2xx, that sets no
 * cookie, carries no session (a rendered CSRF token lives in one) and is not a visitor's own case or form, gets an
 * ETag of its body, {@code Vary: Accept-Language, Cookie} (the language) and {@code Cache-Control: public, max-age=N}
 * (JSON) or {@code public, no-cache} (pages: revalidated on each use); a matching
 * {@code If-None-Match} answers 304 without a body. Every other answer keeps what the controller or Spring Security
 * wrote (no-store for the security default). Runs inside the security chains, after authorization, so that it sees
 * the caller and sets its header before Spring Security writes its own.
 */
final class PublicAnswerCaching extends ShallowEtagHeaderFilter {

	/** A person's own case, or a form that carries a CSRF token and personal input: never stored. */
	private static final List<String> PERSONAL = List.of("/public/supervision/complaints", "/public/report",
			"/public/track", "/public/inspections/codes/", "/api/v1/public/supervision/complaints",
			"/api/v1/public/events", "/public/my-case", "/api/v1/public/my-case");

	private static final AuthenticationTrustResolver TRUST = new AuthenticationTrustResolverImpl();

	/** JSON: fresh for a short while, then revalidated. */
	private final String json;

	/** Pages: stored, but revalidated on every use (a cheap 304), so a page never shows stale after a change. */
	private final String page = CacheControl.noCache().cachePublic().getHeaderValue();

	PublicAnswerCaching(Duration maxAge) {
		this.json = CacheControl.maxAge(maxAge).cachePublic().getHeaderValue();
	}

	static boolean isPublic(String path) {
		return path.equals("/public") || path.startsWith("/public/") || path.startsWith("/api/v1/public/");
	}

	static boolean isPersonal(String path) {
		return PERSONAL.stream().anyMatch(path::startsWith);
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		String path = request.getRequestURI().substring(request.getContextPath().length());
		return !isPublic(path) || isPersonal(path);
	}

	@Override
	protected boolean isEligibleForEtag(HttpServletRequest request, HttpServletResponse response, int status,
			InputStream body) {
		if (!"GET".equals(request.getMethod()) || status < 200 || status >= 300
				|| response.containsHeader(HttpHeaders.CACHE_CONTROL)
				|| response.containsHeader(HttpHeaders.SET_COOKIE) || request.getSession(false) != null
				|| request.getHeader(HttpHeaders.AUTHORIZATION) != null || signedIn()) {
			return false;
		}
		boolean api = request.getRequestURI().startsWith(request.getContextPath() + "/api/");
		response.setHeader(HttpHeaders.CACHE_CONTROL, api ? this.json : this.page);
		response.addHeader(HttpHeaders.VARY, "Accept-Language, Cookie");
		return super.isEligibleForEtag(request, response, status, body);
	}

	private static boolean signedIn() {
		var authentication = SecurityContextHolder.getContext().getAuthentication();
		return authentication != null && !TRUST.isAnonymous(authentication) && authentication.isAuthenticated();
	}
}
