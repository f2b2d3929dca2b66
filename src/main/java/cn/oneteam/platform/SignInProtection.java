package cn.oneteam.platform;

import cn.oneteam.shared.ClientAddress;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.authentication.AccountExpiredException;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.CredentialsExpiredException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.DefaultRedirectStrategy;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

/**
 * Form sign-in through the {@link LoginThrottle} (docs/adr/0011-sign-in-protection.md): the password is checked only
 * when the account name and the client address may try now; otherwise the sign-in page says how many seconds to
 * wait. Every answer is the same for a real and an unknown account: the same throttle, the same message, a password
 * hash checked in both cases (and an unusable account's state checked only after its password, so that it takes as
 * long as any other).
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(LoginProperties.class)
class SignInProtection {

	/** The only authentication provider: password sign-in of the pages, throttled. */
	@Bean
	AuthenticationProvider throttledPasswordSignIn(UserDetailsService users, PasswordEncoder passwords,
			LoginThrottle throttle) {
		DaoAuthenticationProvider provider = new DaoAuthenticationProvider(users);
		provider.setPasswordEncoder(passwords);
		provider.setPreAuthenticationChecks(user -> {
		});
		provider.setPostAuthenticationChecks(SignInProtection::usable);
		return new ThrottledProvider(provider, throttle);
	}

	/** Where a failed sign-in goes: the sign-in page, with the wait when there is one. */
	static AuthenticationFailureHandler failureHandler() {
		DefaultRedirectStrategy redirect = new DefaultRedirectStrategy();
		return (HttpServletRequest request, HttpServletResponse response, AuthenticationException e) -> {
			String target = "/login?error";
			if (e instanceof SignInRefused refused) {
				target = "/login?wait=" + refused.waitSeconds;
			}
			else if (e instanceof SignInFailed failed && failed.waitSeconds > 0) {
				target = "/login?error&wait=" + failed.waitSeconds;
			}
			redirect.sendRedirect(request, response, target);
		};
	}

	private static void usable(UserDetails user) {
		if (!user.isAccountNonLocked()) {
			throw new LockedException("account locked");
		}
		if (!user.isEnabled()) {
			throw new DisabledException("account disabled");
		}
		if (!user.isAccountNonExpired()) {
			throw new AccountExpiredException("account expired");
		}
		if (!user.isCredentialsNonExpired()) {
			throw new CredentialsExpiredException("credentials expired");
		}
	}

	static String client(@Nullable Object details) {
		return ClientAddress.key(details instanceof WebAuthenticationDetails web ? web.getRemoteAddress() : null);
	}

	/** Asks the throttle before the password is checked, and tells it how the check went. */
	static final class ThrottledProvider implements AuthenticationProvider {

		private final AuthenticationProvider passwords;

		private final LoginThrottle throttle;

		ThrottledProvider(AuthenticationProvider passwords, LoginThrottle throttle) {
			this.passwords = passwords;
			this.throttle = throttle;
		}

		@Override
		public Authentication authenticate(Authentication authentication) throws AuthenticationException {
			String username = authentication.getName();
			String client = client(authentication.getDetails());
			LoginThrottle.Admission admission = throttle.admit(username, client);
			if (!admission.admitted()) {
				throw new SignInRefused(admission.waitSeconds());
			}
			Authentication result;
			try {
				result = passwords.authenticate(authentication);
			}
			catch (AuthenticationException e) {
				throttle.failed(username, client, admission);
				throw new SignInFailed(admission.waitSeconds(), e);
			}
			if (result == null) {
				throttle.failed(username, client, admission);
				throw new SignInFailed(admission.waitSeconds(), null);
			}
			throttle.succeeded(username, client);
			return result;
		}

		@Override
		public boolean supports(Class<?> authentication) {
			return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
		}
	}

	/** Wrong name or password, or an unusable account: one answer for all, with the wait it brought. */
	static final class SignInFailed extends BadCredentialsException {

		final long waitSeconds;

		SignInFailed(long waitSeconds, @Nullable Throwable cause) {
			super("sign-in failed", cause);
			this.waitSeconds = waitSeconds;
		}
	}

	/** Too early: not checked at all. */
	static final class SignInRefused extends AuthenticationException {

		final long waitSeconds;

		SignInRefused(long waitSeconds) {
			super("sign-in refused, wait " + waitSeconds + " s");
			this.waitSeconds = waitSeconds;
		}
	}
}
