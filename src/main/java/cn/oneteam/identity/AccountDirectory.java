package cn.oneteam.identity;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Optional;

import cn.oneteam.identity.AccountRepository.StoredAccount;
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
import org.springframework.transaction.support.TransactionTemplate;

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

	private final AcceptedTokens accepted;

	private final TransactionTemplate transactions;

	AccountDirectory(AccountRepository accounts, Organizations organizations, Clock clock, AcceptedTokens accepted,
			TransactionTemplate transactions) {
		this.accounts = accounts;
		this.organizations = organizations;
		this.clock = clock;
		this.accepted = accepted;
		this.transactions = transactions;
	}

	@Override
	@Transactional(readOnly = true)
	public UserDetails loadUserByUsername(String username) {
		return accounts.findByUsername(username)
			.map(this::principal)
			.orElseThrow(() -> new UsernameNotFoundException("unknown account"));
	}

	/**
	 * An unknown, revoked or expired token, or one of a disabled account, is refused (401); docs/adr/0009-who-may-do-what.md.
	 * A token accepted lately is answered from memory ({@link AcceptedTokens}); its use is written down to the minute.
	 */
	@Override
	public TokenCheck authenticate(String token) {
		String digest = digest(token);
		OffsetDateTime now = OffsetDateTime.now(clock);
		AcceptedTokens.Kept kept = accepted.find(digest);
		if (kept == null) {
			long generation = accepted.generation();
			Optional<AcceptedTokens.Kept> read = transactions.execute(status -> read(digest));
			if (read == null || read.isEmpty()) {
				return new Refused("access.token-invalid");
			}
			kept = read.get();
			if (kept.expiresAt.isAfter(now)) {
				accepted.keep(digest, kept, generation);
			}
		}
		if (!kept.expiresAt.isAfter(now)) {
			return new Refused("access.token-expired");
		}
		OffsetDateTime noted = kept.noted;
		if (noted == null || !noted.plusMinutes(1).isAfter(now)) {
			kept.noted = now;
			accounts.tokenUsed(kept.tokenId, now);
		}
		return new Accepted(new TokenAuthentication(kept.principal), kept.readOnly);
	}

	/** A token not revoked, of an enabled account. */
	private Optional<AcceptedTokens.Kept> read(String digest) {
		return accounts.token(digest).flatMap(token -> accounts.findById(token.accountId())
			.filter(StoredAccount::enabled)
			.map(account -> new AcceptedTokens.Kept(token.id(), token.expiresAt(), token.scope() == TokenScope.READ,
					principal(account), null)));
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
