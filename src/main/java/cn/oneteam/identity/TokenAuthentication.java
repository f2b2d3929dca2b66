package cn.oneteam.identity;

import org.springframework.security.authentication.AbstractAuthenticationToken;

/**
 * A caller signed in by a personal API token rather than by a session: such a caller may not issue further tokens
 * (docs/adr/0009-who-may-do-what.md).
 */
final class TokenAuthentication extends AbstractAuthenticationToken {

	private final AccountPrincipal principal;

	TokenAuthentication(AccountPrincipal principal) {
		super(principal.getAuthorities());
		this.principal = principal;
		setAuthenticated(true);
	}

	@Override
	public Object getCredentials() {
		return "";
	}

	@Override
	public AccountPrincipal getPrincipal() {
		return principal;
	}
}
