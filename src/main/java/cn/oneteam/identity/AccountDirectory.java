package cn.oneteam.identity;

import java.util.Optional;

import cn.oneteam.identity.AccountRepository.StoredAccount;
import cn.oneteam.organization.Organization;
import cn.oneteam.organization.OrganizationId;
import cn.oneteam.organization.OrganizationKind;
import cn.oneteam.organization.Organizations;
import cn.oneteam.platform.ApiTokenAuthenticator;
import cn.oneteam.shared.JurisdictionScope;
import cn.oneteam.shared.Sha256;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
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

	AccountDirectory(AccountRepository accounts, Organizations organizations) {
		this.accounts = accounts;
		this.organizations = organizations;
	}

	@Override
	@Transactional(readOnly = true)
	public UserDetails loadUserByUsername(String username) {
		return accounts.findByUsername(username)
			.map(this::principal)
			.orElseThrow(() -> new UsernameNotFoundException("unknown account"));
	}

	@Override
	@Transactional
	public Optional<Authentication> authenticate(String token) {
		return accounts.accountOfToken(digest(token))
			.flatMap(accounts::findById)
			.filter(StoredAccount::enabled)
			.map(this::principal)
			.map(principal -> UsernamePasswordAuthenticationToken.authenticated(principal, null,
					principal.getAuthorities()));
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
