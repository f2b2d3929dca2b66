package cn.oneteam.platform;

import java.util.Set;
import java.util.function.Supplier;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.authorization.AuthorizationManager;
import org.springframework.security.authorization.AuthorizationResult;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.access.intercept.RequestAuthorizationContext;

/**
 * Any signed-in account may go on, except that a read-only account (an external supervisor, 行政执法监督员) writes
 * nothing but its findings and its own tokens: every other POST, PUT, PATCH or DELETE is refused (403) here, before
 * any controller, whatever permissions a service method asks (docs/adr/0038-external-supervisors-and-exams.md).
 */
final class ReadOnlyAccounts implements AuthorizationManager<RequestAuthorizationContext> {

	/** The authority of the read-only role (the identity module's role name, as Spring Security spells it). */
	static final String READ_ONLY = "ROLE_EXTERNAL_SUPERVISOR";

	private static final Set<String> READS = Set.of("GET", "HEAD", "OPTIONS", "TRACE");

	private static final Pattern WRITES_ALLOWED = Pattern
		.compile("/(api/v1/)?supervision/findings/?|/(api/v1/)?me/tokens(/[0-9]+(/revoke)?)?/?");

	@Override
	public AuthorizationResult authorize(Supplier<? extends @Nullable Authentication> authentication,
			RequestAuthorizationContext context) {
		Authentication signedIn = authentication.get();
		if (signedIn == null || !signedIn.isAuthenticated() || signedIn instanceof AnonymousAuthenticationToken) {
			return new AuthorizationDecision(false);
		}
		boolean readOnly = signedIn.getAuthorities().stream().anyMatch(a -> READ_ONLY.equals(a.getAuthority()));
		if (!readOnly || READS.contains(context.getRequest().getMethod())) {
			return new AuthorizationDecision(true);
		}
		String path = context.getRequest().getRequestURI().substring(context.getRequest().getContextPath().length());
		return new AuthorizationDecision(WRITES_ALLOWED.matcher(path).matches());
	}
}
