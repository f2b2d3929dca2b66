package cn.oneteam.platform;

import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.csrf.CsrfException;
import tools.jackson.databind.json.JsonMapper;

/**
 * Refusals of the JSON API. A write without a CSRF token from a caller who is not signed in (no session, no bearer
 * token) has no credentials at all: it is a 401, as any other unauthenticated API call, not the CSRF filter's 403. A
 * signed-in session that forgets the CSRF token is still refused with 403, so the pages' CSRF protection stays.
 */
final class ApiAccessDenied {

	private ApiAccessDenied() {
	}

	static AccessDeniedHandler handler(Problems problems, JsonMapper json) {
		return (request, response, e) -> {
			boolean unauthenticated = e instanceof CsrfException && !signedIn();
			SecurityConfiguration.write(response, unauthenticated
					? problems.problem(request, HttpStatus.UNAUTHORIZED, "access.unauthenticated")
					: problems.problem(request, HttpStatus.FORBIDDEN, "access.denied"), json);
		};
	}

	private static boolean signedIn() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		return authentication != null && authentication.isAuthenticated()
				&& !(authentication instanceof AnonymousAuthenticationToken);
	}
}
