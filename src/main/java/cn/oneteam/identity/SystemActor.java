package cn.oneteam.identity;

import java.util.Arrays;
import java.util.function.Supplier;

import org.springframework.security.authentication.TestingAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;

/** Runs start-up work (reference and demo data) as the system, holding every permission, on this thread only. */
public final class SystemActor {

	private SystemActor() {
	}

	public static <T> T call(Supplier<T> work) {
		SecurityContext previous = SecurityContextHolder.getContext();
		SecurityContext system = SecurityContextHolder.createEmptyContext();
		system.setAuthentication(new TestingAuthenticationToken("system", null,
				Arrays.stream(Permission.values()).map(p -> new SimpleGrantedAuthority(p.authority())).toList()));
		SecurityContextHolder.setContext(system);
		try {
			return work.get();
		}
		finally {
			SecurityContextHolder.setContext(previous);
		}
	}
}
