package cn.oneteam.identity;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import cn.oneteam.organization.OrganizationId;
import cn.oneteam.organization.Organizations;
import cn.oneteam.shared.JurisdictionScope;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** 账号管理: opens accounts, and issues and revokes personal API tokens. */
@Service
public class Accounts {

	static final int MIN_PASSWORD_LENGTH = 8;

	private static final SecureRandom RANDOM = new SecureRandom();

	private final AccountRepository accounts;

	private final Organizations organizations;

	private final PasswordEncoder passwords;

	private final Clock clock;

	Accounts(AccountRepository accounts, Organizations organizations, PasswordEncoder passwords, Clock clock) {
		this.accounts = accounts;
		this.organizations = organizations;
		this.passwords = passwords;
		this.clock = clock;
	}

	/** Opens an account in an organisation visible in the opener's jurisdiction. */
	@Transactional
	@PreAuthorize("hasAuthority('account:open')")
	public long open(NewAccount account, JurisdictionScope opener) {
		organizations.requireWithin(account.organizationId(), opener);
		if (accounts.findByUsername(account.username()).isPresent()) {
			throw new IdentityViolation(IdentityViolation.CONFLICT, "account.username-taken", account.username());
		}
		if (account.password().length() < MIN_PASSWORD_LENGTH) {
			throw new IdentityViolation(IdentityViolation.BAD_REQUEST, "account.password-too-short",
					MIN_PASSWORD_LENGTH);
		}
		return accounts.insert(account.username(), account.displayName(), passwords.encode(account.password()),
				account.organizationId().value(), account.roles(), OffsetDateTime.now(clock));
	}

	@Transactional(readOnly = true)
	public boolean exists(String username) {
		return accounts.findByUsername(username).isPresent();
	}

	@Transactional(readOnly = true)
	public Optional<Long> idOf(String username) {
		return accounts.findByUsername(username).map(AccountRepository.StoredAccount::id);
	}

	@Transactional
	public IssuedToken issueToken(long accountId, String name) {
		String trimmed = name.trim();
		if (trimmed.isEmpty() || trimmed.length() > 100) {
			throw new IdentityViolation(IdentityViolation.BAD_REQUEST, "token.name-invalid", 100);
		}
		byte[] bytes = new byte[32];
		RANDOM.nextBytes(bytes);
		String secret = "ot_" + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
		return new IssuedToken(register(accountId, trimmed, secret), secret);
	}

	/** Registers a token whose secret the caller chose (demo data publishes one); same storage as issued ones. */
	@Transactional
	@PreAuthorize("hasAuthority('account:open')")
	public ApiTokenInfo register(long accountId, String name, String secret) {
		long id = accounts.insertToken(accountId, name, AccountDirectory.digest(secret), OffsetDateTime.now(clock));
		return accounts.tokens(accountId).stream().filter(t -> t.id() == id).findFirst().orElseThrow();
	}

	@Transactional(readOnly = true)
	public List<ApiTokenInfo> tokens(long accountId) {
		return accounts.tokens(accountId);
	}

	@Transactional
	public void revokeToken(long accountId, long tokenId) {
		if (!accounts.revokeToken(accountId, tokenId, OffsetDateTime.now(clock))) {
			throw new IdentityViolation(IdentityViolation.NOT_FOUND, "token.unknown", tokenId);
		}
	}

	/** What opening an account needs. */
	public record NewAccount(String username, String displayName, String password, OrganizationId organizationId,
			Set<Role> roles) {
	}
}
