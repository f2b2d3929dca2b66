package cn.oneteam.identity;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import cn.oneteam.organization.OrganizationId;
import cn.oneteam.organization.Organizations;
import cn.oneteam.shared.JurisdictionScope;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.context.SecurityContextHolder;
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

	private final Duration tokenValidity;

	private final AcceptedTokens accepted;

	/**
	 * @param tokenValidity how long a personal API token is valid, from its issue ({@code oneteam.identity.token-validity},
	 * 90 days unless configured); a token may be issued for fewer days, never more
	 */
	Accounts(AccountRepository accounts, Organizations organizations, PasswordEncoder passwords, Clock clock,
			@Value("${oneteam.identity.token-validity:90d}") Duration tokenValidity, AcceptedTokens accepted) {
		this.accounts = accounts;
		this.organizations = organizations;
		this.passwords = passwords;
		this.clock = clock;
		this.tokenValidity = tokenValidity;
		this.accepted = accepted;
	}

	/** The configured validity of a token, in whole days (at least 1). */
	public long tokenValidityDays() {
		return Math.max(1, tokenValidity.toDays());
	}

	/** Opens an account in an organisation visible in the opener's jurisdiction. */
	@Transactional
	@PreAuthorize("hasAuthority('account:open')")
	public long open(NewAccount account, JurisdictionScope opener) {
		requireOpenable(account, opener);
		return insert(account, passwords.encode(account.password()));
	}

	/**
	 * Hashes, once, a password that several accounts share and that is no secret: the demo's published one (a BCrypt
	 * hash costs about 0.15 s, and the demo opens some 60 accounts; docs/adr/0057-the-scale-path.md, "Start-up").
	 */
	public SharedPassword sharePassword(String password) {
		requireLength(password);
		return new SharedPassword(password, passwords.encode(password));
	}

	/**
	 * Opens an account whose password is the shared one, stored as its hash (the same hash, salt included, for every
	 * account opened with it: only for a password that is no secret).
	 */
	@Transactional
	@PreAuthorize("hasAuthority('account:open')")
	public long open(NewAccount account, SharedPassword password, JurisdictionScope opener) {
		if (!account.password().equals(password.password)) {
			throw new IllegalArgumentException("The account's password is not the shared one hashed");
		}
		requireOpenable(account, opener);
		return insert(account, password.hash);
	}

	private void requireOpenable(NewAccount account, JurisdictionScope opener) {
		organizations.requireWithin(account.organizationId(), opener);
		if (accounts.findByUsername(account.username()).isPresent()) {
			throw new IdentityViolation(IdentityViolation.CONFLICT, "account.username-taken", account.username());
		}
		requireLength(account.password());
	}

	private static void requireLength(String password) {
		if (password.length() < MIN_PASSWORD_LENGTH) {
			throw new IdentityViolation(IdentityViolation.BAD_REQUEST, "account.password-too-short",
					MIN_PASSWORD_LENGTH);
		}
	}

	private long insert(NewAccount account, String passwordHash) {
		return accounts.insert(account.username(), account.displayName(), passwordHash,
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

	/**
	 * Issues a token to the signed-in account, valid for {@code days} (the configured validity when none, never more)
	 * and with the scope asked; only from a signed-in session — a caller signed in by a token is refused (403), so that
	 * a token never breeds tokens (docs/adr/0009-who-may-do-what.md).
	 */
	@Transactional
	public IssuedToken issueToken(long accountId, String name, TokenScope scope, @Nullable Integer days) {
		if (SecurityContextHolder.getContext().getAuthentication() instanceof TokenAuthentication) {
			throw new IdentityViolation(IdentityViolation.FORBIDDEN, "token.session-required");
		}
		String trimmed = name.trim();
		if (trimmed.isEmpty() || trimmed.length() > 100) {
			throw new IdentityViolation(IdentityViolation.BAD_REQUEST, "token.name-invalid", 100);
		}
		if (days != null && (days < 1 || days > tokenValidityDays())) {
			throw new IdentityViolation(IdentityViolation.BAD_REQUEST, "token.validity-invalid", tokenValidityDays());
		}
		byte[] bytes = new byte[32];
		RANDOM.nextBytes(bytes);
		String secret = "ot_" + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
		OffsetDateTime now = OffsetDateTime.now(clock);
		Duration validity = days == null ? tokenValidity : Duration.ofDays(days);
		long id = accounts.insertToken(accountId, trimmed, AccountDirectory.digest(secret), now, now.plus(validity),
				scope);
		return new IssuedToken(info(accountId, id), secret);
	}

	/**
	 * Registers a token whose secret the caller chose (demo data publishes one): full scope, valid for the configured
	 * validity from now (the demo's creation); same storage as issued ones.
	 */
	@Transactional
	@PreAuthorize("hasAuthority('account:open')")
	public ApiTokenInfo register(long accountId, String name, String secret) {
		OffsetDateTime now = OffsetDateTime.now(clock);
		long id = accounts.insertToken(accountId, name, AccountDirectory.digest(secret), now, now.plus(tokenValidity),
				TokenScope.FULL);
		return info(accountId, id);
	}

	private ApiTokenInfo info(long accountId, long id) {
		return accounts.tokens(accountId).stream().filter(t -> t.id() == id).findFirst().orElseThrow();
	}

	@Transactional(readOnly = true)
	public List<ApiTokenInfo> tokens(long accountId) {
		return accounts.tokens(accountId);
	}

	@Transactional
	public void revokeToken(long accountId, long tokenId) {
		accepted.changing();
		if (!accounts.revokeToken(accountId, tokenId, OffsetDateTime.now(clock))) {
			throw new IdentityViolation(IdentityViolation.NOT_FOUND, "token.unknown", tokenId);
		}
	}

	/** What opening an account needs. */
	public record NewAccount(String username, String displayName, String password, OrganizationId organizationId,
			Set<Role> roles) {
	}

	/** A password and its hash, made once by {@link #sharePassword(String)}. */
	public static final class SharedPassword {

		private final String password;

		private final String hash;

		private SharedPassword(String password, String hash) {
			this.password = password;
			this.hash = hash;
		}
	}
}
