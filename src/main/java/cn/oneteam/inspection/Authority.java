package cn.oneteam.inspection;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/** Whether the signed-in caller holds a permission, for rules that combine it with the caller's organisation. */
public final class Authority {

	private Authority() {
	}

	public static boolean holds(String permission) {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		return authentication != null
				&& authentication.getAuthorities().stream().anyMatch(a -> permission.equals(a.getAuthority()));
	}
}
