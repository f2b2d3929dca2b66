package cn.oneteam.platform;

import java.util.Optional;

import org.springframework.security.core.Authentication;

/** Turns a personal API token ({@code Authorization: Bearer …}) into an authenticated caller. */
public interface ApiTokenAuthenticator {

	Optional<Authentication> authenticate(String token);
}
