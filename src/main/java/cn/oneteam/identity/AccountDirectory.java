package cn.oneteam.identity;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Optional;

import cn.oneteam.identity.AccountRepository.StoredAccount;
import cn.oneteam.identity.AccountRepository.StoredToken;
import cn.oneteam.organization.Organization;
import cn.oneteam.organization.OrganizationId;
import cn.oneteam.organization.OrganizationKind;
import cn.oneteam.organization.Organizations;
import cn.oneteam.platform.ApiTokenAuthenticator;
import cn.oneteam.shared.JurisdictionScope;
import cn.oneteam.shared.Sha256;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who is calling: builds the signed-in account (roles, organisation, jurisdiction) for form login and for
 * personal API tokens. The platform operator's staff are nationwide; everybody else works in their
 * organisation's territory.
 */
@Component
class AccountDirectory implements UserDetailsService, ApiTokenAuthenticator {

	private final AccountRepository accounts;

	private final Organizations organizations;

	private final Clock clock;

	AccountDirectory(AccountRepository accounts, Organizations organizations, Clock clock) {
		this.accounts = accounts;
		this.organizations = organizations;
		this.clock = clock;
	}

	@Override
	@Transactional(readOnly = true)
	public UserDetails loadUserByUsername(String username) {
		return accounts.findByUsername(username)
			.map(this::principal)
			.orElseThrow(() -> new UsernameNotFoundException("unknown account"));
	}

	/** An unknown, revoked or expired token, or one of a disabled account, is refused (401); docs/adr/0009-who-may-do-what.md. */
	@Override
	@Transactional
	public TokenCheck authenticate(String token) {
		Optional<StoredToken> found = accounts.token(digest(token));
		if (found.isEmpty()) {
			return new Refused("access.token-invalid");
		}
		OffsetDateTime now = OffsetDateTime.now(clock);
		if (!found.get().expiresAt().isAfter(now)) {
			return new Refused("access.token-expired");
		}
		Optional<StoredAccount> account = accounts.findById(found.get().accountId()).filter(StoredAccount::enabled);
		if (account.isEmpty()) {
			return new Refused("access.token-invalid");
		}
		accounts.tokenUsed(found.get().id(), now);
		return new Accepted(new TokenAuthentication(principal(account.get())), found.get().scope() == TokenScope.READ);
	}

	AccountPrincipal principal(StoredAccount account) {
		Organization organization = organizations.find(new OrganizationId(account.organizationId())).orElseThrow();
		JurisdictionScope scope = organization.kind() == OrganizationKind.PLATFORM_OPERATOR
				? JurisdictionScope.nationwide() : organization.jurisdiction();
		return new AccountPrincipal(account.id(), account.username(), account.displayName(), account.passwordHash(),
				account.enabled(), account.roles(), organization.id().value(), organization.name(), scope);
	}

	static String digest(String token) {
		return Sha256.hex(token);
	}
}
