package cn.oneteam.platform;

import org.springframework.security.core.Authentication;

/**
 * Turns a personal API token ({@code Authorization: Bearer …}) into an authenticated caller, or says why not: unknown
 * or revoked, or expired (both 401). A read-only token may only read (GET, HEAD); docs/adr/0009-who-may-do-what.md.
 */
public interface ApiTokenAuthenticator {

	TokenCheck authenticate(String token);

	/** What a token stands for. */
	sealed interface TokenCheck {
	}

	/** A valid token: the caller, and whether the token may only read. */
	record Accepted(Authentication authentication, boolean readOnly) implements TokenCheck {
	}

	/** A token refused, with the problem code ({@code access.token-invalid}, {@code access.token-expired}). */
	record Refused(String code) implements TokenCheck {
	}
}
