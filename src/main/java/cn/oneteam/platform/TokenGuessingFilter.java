package cn.oneteam.platform;

import java.io.IOException;
import java.util.Optional;

import cn.oneteam.shared.ClientAddress;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.filter.OncePerRequestFilter;
import tools.jackson.databind.json.JsonMapper;

/**
 * Limits bearer-token guessing per client address (docs/adr/0011-sign-in-protection.md): a request that carries a
 * token ({@code Authorization: Bearer} or Open311's {@code api_key}) from an address whose recent tokens failed too
 * often is answered 429 problem+json with {@code Retry-After}, before the token is looked at; a token answered 401
 * counts as a failure of its address.
 */
final class TokenGuessingFilter extends OncePerRequestFilter {

	private final LoginThrottle throttle;

	private final Problems problems;

	private final JsonMapper json;

	TokenGuessingFilter(LoginThrottle throttle, Problems problems, JsonMapper json) {
		this.throttle = throttle;
		this.problems = problems;
		this.json = json;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		if (!carriesToken(request)) {
			chain.doFilter(request, response);
			return;
		}
		String client = ClientAddress.key(request.getRemoteAddr());
		Optional<Long> wait = throttle.tokenRefusal(client);
		if (wait.isPresent()) {
			ProblemDetail problem = problems.problem(request, HttpStatus.TOO_MANY_REQUESTS, "access.too-many-attempts",
					wait.get());
			problem.setProperty("retryAfterSeconds", wait.get());
			response.setHeader("Retry-After", String.valueOf(wait.get()));
			SecurityConfiguration.write(response, problem, json);
			return;
		}
		chain.doFilter(request, response);
		if (response.getStatus() == HttpStatus.UNAUTHORIZED.value()) {
			throttle.tokenFailed(client);
		}
	}

	private static boolean carriesToken(HttpServletRequest request) {
		String header = request.getHeader("Authorization");
		if (header != null && header.regionMatches(true, 0, "Bearer ", 0, 7)) {
			return true;
		}
		return request.getRequestURI().startsWith("/api/open311/") && request.getParameter("api_key") != null;
	}
}
