package cn.oneteam.identity;

import java.util.List;

import cn.oneteam.platform.LoginThrottle;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/**
 * 登录保护 for administrators: who is being throttled or locked out of sign-in, the recorded attempts, and unlocking
 * (docs/adr/0011-sign-in-protection.md). Account management ({@code account:open}) is what it takes.
 */
@Service
public class SignInLocks {

	private final LoginThrottle throttle;

	SignInLocks(LoginThrottle throttle) {
		this.throttle = throttle;
	}

	@PreAuthorize("hasAuthority('account:open')")
	public List<LoginThrottle.ThrottleState> recent() {
		return throttle.recent();
	}

	@PreAuthorize("hasAuthority('account:open')")
	public List<LoginThrottle.Attempt> attempts(@Nullable String username, @Nullable String client, int limit) {
		return throttle.attempts(username, client, limit);
	}

	/** Lifts the delay or lock of an account name or client address and resets its count, in the caller's name. */
	@PreAuthorize("hasAuthority('account:open')")
	public void unlock(LoginThrottle.Kind kind, String key, long administrator) {
		if (key.isBlank() || key.length() > 200) {
			throw new IdentityViolation(IdentityViolation.BAD_REQUEST, "signin.key-invalid", 200);
		}
		throttle.unlock(kind, key, administrator);
	}
}
