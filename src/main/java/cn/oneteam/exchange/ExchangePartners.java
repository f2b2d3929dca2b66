package cn.oneteam.exchange;

import java.net.URI;
import java.net.URISyntaxException;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import cn.oneteam.shared.CreditCode;
import cn.oneteam.shared.RuleViolation;
import cn.oneteam.shared.ScopedPrincipal;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The approval departments OneTeam exchanges with: registered by an administrator with their 统一社会信用代码 (the
 * issuer code of their licences), the organisation whose accounts push for them and their endpoint; the HMAC secret
 * is made here, shown once and kept encrypted; rotated at will (docs/adr/0021-approval-exchange.md).
 */
@Service
public class ExchangePartners {

	private static final Set<String> LOOPBACK = Set.of("localhost", "127.0.0.1", "[::1]", "::1");

	private final JdbcClient jdbc;

	private final SecretCipher cipher;

	private final Clock clock;

	ExchangePartners(JdbcClient jdbc, SecretCipher cipher, Clock clock) {
		this.jdbc = jdbc;
		this.cipher = cipher;
		this.clock = clock;
	}

	/** Registers a partner; its secret is in this answer and never again. 409 when the code is registered already. */
	@Transactional
	@PreAuthorize("hasAuthority('exchange:manage')")
	public PartnerInputs.WithSecret register(PartnerInputs.Registration input, ScopedPrincipal caller) {
		String code = CreditCode.of(input.code()).value();
		String endpoint = endpoint(input.endpoint());
		String secret = cipher.newSecret();
		OffsetDateTime now = OffsetDateTime.now(clock);
		Long id;
		try {
			id = jdbc.sql("""
					insert into exchange_partner (code, name, organization_id, endpoint, secret_cipher, active, registered_at,
					  registered_by, secret_rotated_at)
					values (?, ?, ?, ?, ?, true, ?, ?, ?) on conflict (code) do nothing returning id""")
				.params(code, input.name().strip(), input.organizationId(), endpoint, cipher.encrypt(secret), now,
						caller.accountId(), now)
				.query(Long.class)
				.optional()
				.orElse(null);
		}
		catch (DataIntegrityViolationException e) {
			throw new ExchangeViolation(RuleViolation.BAD_REQUEST, "exchange.partner.organization-taken",
					String.valueOf(input.organizationId()));
		}
		if (id == null) {
			throw new ExchangeViolation(RuleViolation.CONFLICT, "exchange.partner.duplicate", code);
		}
		return new PartnerInputs.WithSecret(require(id), secret);
	}

	/** A new secret for the partner, answered once; the old one stops signing at once. */
	@Transactional
	@PreAuthorize("hasAuthority('exchange:manage')")
	public PartnerInputs.WithSecret rotateSecret(long id) {
		require(id);
		String secret = cipher.newSecret();
		jdbc.sql("update exchange_partner set secret_cipher = ?, secret_rotated_at = ? where id = ?")
			.params(cipher.encrypt(secret), OffsetDateTime.now(clock), id)
			.update();
		return new PartnerInputs.WithSecret(require(id), secret);
	}

	/** Changes the endpoint (blank: none, messages wait) and the active flag (inactive: no new messages). */
	@Transactional
	@PreAuthorize("hasAuthority('exchange:manage')")
	public ExchangePartner change(long id, PartnerInputs.Change input) {
		require(id);
		jdbc.sql("update exchange_partner set endpoint = ?, active = ? where id = ?")
			.params(endpoint(input.endpoint()), input.active(), id)
			.update();
		return require(id);
	}

	@Transactional(readOnly = true)
	@PreAuthorize("hasAuthority('exchange:manage')")
	public List<ExchangePartner> all() {
		return jdbc.sql("select * from exchange_partner order by code").query(ExchangePartners::map).list();
	}

	@Transactional(readOnly = true)
	@PreAuthorize("hasAuthority('exchange:manage')")
	public ExchangePartner byId(long id) {
		return require(id);
	}

	/** The partner the caller's organisation pushes for; empty when it is none (for the exchange's own checks). */
	Optional<ExchangePartner> ofOrganization(long organizationId) {
		return jdbc.sql("select * from exchange_partner where organization_id = ? and active")
			.param(organizationId)
			.query(ExchangePartners::map)
			.optional();
	}

	/** The active partners among these issuer codes. */
	List<ExchangePartner> activeAmong(List<String> codes) {
		if (codes.isEmpty()) {
			return List.of();
		}
		return jdbc.sql("select * from exchange_partner where active and code = any(?) order by code")
			.param(codes.toArray(String[]::new))
			.query(ExchangePartners::map)
			.list();
	}

	/** The partner's secret, in clear, for signing. */
	String secretOf(long id) {
		return cipher.decrypt(jdbc.sql("select secret_cipher from exchange_partner where id = ?").param(id)
			.query(String.class)
			.single());
	}

	private ExchangePartner require(long id) {
		return jdbc.sql("select * from exchange_partner where id = ?").param(id).query(ExchangePartners::map).optional()
			.orElseThrow(() -> new ExchangeViolation(RuleViolation.NOT_FOUND, "exchange.partner.unknown", id));
	}

	/**
	 * An endpoint as stored: absent when blank; https, or plain http to this machine's loopback only (a receiver on the
	 * same host in a test or demo: nothing leaves the machine unencrypted) (docs/adr/0021-approval-exchange.md).
	 */
	static @Nullable String endpoint(@Nullable String text) {
		if (text == null || text.isBlank()) {
			return null;
		}
		String stripped = text.strip();
		try {
			URI uri = new URI(stripped);
			String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
			String host = uri.getHost() == null ? "" : uri.getHost().toLowerCase(Locale.ROOT);
			boolean ok = !host.isEmpty() && uri.getUserInfo() == null
					&& (scheme.equals("https") || (scheme.equals("http") && LOOPBACK.contains(host)));
			if (!ok) {
				throw new ExchangeViolation(RuleViolation.BAD_REQUEST, "exchange.partner.endpoint", stripped);
			}
			return uri.toString();
		}
		catch (URISyntaxException e) {
			throw new ExchangeViolation(RuleViolation.BAD_REQUEST, "exchange.partner.endpoint", stripped);
		}
	}

	private static ExchangePartner map(ResultSet rs, int n) throws SQLException {
		long org = rs.getLong("organization_id");
		return new ExchangePartner(rs.getLong("id"), rs.getString("code"), rs.getString("name"),
				rs.wasNull() ? null : org, rs.getString("endpoint"), rs.getBoolean("active"),
				rs.getObject("registered_at", OffsetDateTime.class), rs.getObject("secret_rotated_at", OffsetDateTime.class));
	}
}
