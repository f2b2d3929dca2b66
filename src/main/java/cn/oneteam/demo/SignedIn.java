package cn.oneteam.demo;

import java.util.function.Function;

import cn.oneteam.shared.ScopedPrincipal;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;

/** Runs demo work as a demo account, signed in with its real roles and jurisdiction, on this thread only. */
final class SignedIn {

	private SignedIn() {
	}

	static <T> T as(UserDetails user, Function<ScopedPrincipal, T> work) {
		SecurityContext previous = SecurityContextHolder.getContext();
		SecurityContext context = SecurityContextHolder.createEmptyContext();
		context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
		SecurityContextHolder.setContext(context);
		try {
			return work.apply((ScopedPrincipal) user);
		}
		finally {
			SecurityContextHolder.setContext(previous);
		}
	}
}
