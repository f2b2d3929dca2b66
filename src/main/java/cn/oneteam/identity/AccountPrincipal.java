package cn.oneteam.identity;

import java.io.Serial;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import cn.oneteam.shared.JurisdictionScope;
import cn.oneteam.shared.ScopedPrincipal;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/** A signed-in account: roles, permissions, organisation and jurisdiction. */
public final class AccountPrincipal implements UserDetails, ScopedPrincipal, CredentialsContainer {

	/**
	 * Fixed, so that a session kept in the database by several instances (docs/adr/0055-several-instances.md) is still
	 * read after a release that changes this class compatibly.
	 */
	@Serial
	private static final long serialVersionUID = 1L;

	private final long accountId;

	private final String username;

	private final String displayName;

	private @Nullable String passwordHash;

	private final boolean enabled;

	private final Set<Role> roles;

	private final long organizationId;

	private final String organizationName;

	private final JurisdictionScope jurisdiction;

	AccountPrincipal(long accountId, String username, String displayName, @Nullable String passwordHash, boolean enabled,
			Set<Role> roles, long organizationId, String organizationName, JurisdictionScope jurisdiction) {
		this.accountId = accountId;
		this.username = username;
		this.displayName = displayName;
		this.passwordHash = passwordHash;
		this.enabled = enabled;
		this.roles = roles.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(roles));
		this.organizationId = organizationId;
		this.organizationName = organizationName;
		this.jurisdiction = jurisdiction;
	}

	@Override
	public long accountId() {
		return accountId;
	}

	@Override
	public String username() {
		return username;
	}

	@Override
	public long organizationId() {
		return organizationId;
	}

	@Override
	public JurisdictionScope jurisdiction() {
		return jurisdiction;
	}

	public String displayName() {
		return displayName;
	}

	public String organizationName() {
		return organizationName;
	}

	public Set<Role> roles() {
		return roles;
	}

	public List<Permission> permissions() {
		return roles.stream().flatMap(role -> role.permissions().stream()).distinct().sorted().toList();
	}

	@Override
	public Collection<? extends GrantedAuthority> getAuthorities() {
		return Stream.concat(roles.stream().map(role -> "ROLE_" + role.name()),
				permissions().stream().map(Permission::authority))
			.map(SimpleGrantedAuthority::new)
			.toList();
	}

	@Override
	public @Nullable String getPassword() {
		return passwordHash;
	}

	@Override
	public String getUsername() {
		return username;
	}

	@Override
	public boolean isEnabled() {
		return enabled;
	}

	@Override
	public void eraseCredentials() {
		passwordHash = null;
	}
}
