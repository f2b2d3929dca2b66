package cn.oneteam.identity;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import cn.oneteam.shared.ChinaTime;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Accounts, roles and API tokens. */
@Repository
class AccountRepository {

	private final JdbcClient jdbc;

	AccountRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	Optional<StoredAccount> findByUsername(String username) {
		return jdbc.sql("select id, username, display_name, password_hash, organization_id, enabled from account where username = ?")
			.param(username)
			.query(this::account)
			.optional();
	}

	Optional<StoredAccount> findById(long id) {
		return jdbc.sql("select id, username, display_name, password_hash, organization_id, enabled from account where id = ?")
			.param(id)
			.query(this::account)
			.optional();
	}

	long insert(String username, String displayName, String passwordHash, long organizationId, Set<Role> roles,
			OffsetDateTime at) {
		long id = jdbc.sql("""
				insert into account (username, display_name, password_hash, organization_id, created_at)
				values (?, ?, ?, ?, ?) returning id""")
			.params(username, displayName, passwordHash, organizationId, at)
			.query(Long.class)
			.single();
		roles.forEach(role -> jdbc.sql("insert into account_role (account_id, role) values (?, ?)")
			.params(id, role.name())
			.update());
		return id;
	}

	/** A token not revoked: its account, expiry and scope. */
	Optional<StoredToken> token(String tokenHash) {
		return jdbc.sql("""
				select id, account_id, expires_at, scope from api_token where token_hash = ? and revoked_at is null""")
			.param(tokenHash)
			.query((rs, n) -> new StoredToken(rs.getLong("id"), rs.getLong("account_id"),
					rs.getObject("expires_at", OffsetDateTime.class), TokenScope.valueOf(rs.getString("scope"))))
			.optional();
	}

	/**
	 * Notes the token's use, to the minute: a token used again within the minute is left as it is, so that clients
	 * sharing a token do not queue behind one row's lock on every request.
	 */
	void tokenUsed(long tokenId, OffsetDateTime at) {
		jdbc.sql("""
				update api_token set last_used_at = ? where id = ?
				and (last_used_at is null or last_used_at < cast(? as timestamptz) - interval '1 minute')""")
			.params(at, tokenId, at).update();
	}

	long insertToken(long accountId, String name, String tokenHash, OffsetDateTime at, OffsetDateTime expiresAt,
			TokenScope scope) {
		return jdbc.sql("""
				insert into api_token (account_id, name, token_hash, created_at, expires_at, scope)
				values (?, ?, ?, ?, ?, ?) returning id""")
			.params(accountId, name, tokenHash, at, expiresAt, scope.name())
			.query(Long.class)
			.single();
	}

	List<ApiTokenInfo> tokens(long accountId) {
		return jdbc.sql("""
				select id, name, created_at, last_used_at, revoked_at, expires_at, scope from api_token
				where account_id = ? order by created_at desc, id desc""")
			.param(accountId)
			.query((rs, n) -> new ApiTokenInfo(rs.getLong("id"), rs.getString("name"), time(rs, "created_at"),
					time(rs, "last_used_at"), time(rs, "revoked_at"), time(rs, "expires_at"),
					TokenScope.valueOf(rs.getString("scope"))))
			.list();
	}

	boolean revokeToken(long accountId, long tokenId, OffsetDateTime at) {
		return jdbc.sql("update api_token set revoked_at = ? where id = ? and account_id = ? and revoked_at is null")
			.params(at, tokenId, accountId)
			.update() == 1;
	}

	private static @Nullable OffsetDateTime time(ResultSet rs, String column) throws SQLException {
		OffsetDateTime time = rs.getObject(column, OffsetDateTime.class);
		return time == null ? null : ChinaTime.local(time);
	}

	private StoredAccount account(ResultSet rs, int row) throws SQLException {
		long id = rs.getLong("id");
		return new StoredAccount(id, rs.getString("username"), rs.getString("display_name"),
				rs.getString("password_hash"), rs.getLong("organization_id"), rs.getBoolean("enabled"), roles(id));
	}

	private Set<Role> roles(long accountId) {
		List<Role> roles = jdbc.sql("select role from account_role where account_id = ?")
			.param(accountId)
			.query((rs, n) -> Role.valueOf(rs.getString("role")))
			.list();
		return roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles);
	}

	record StoredToken(long id, long accountId, OffsetDateTime expiresAt, TokenScope scope) {
	}

	record StoredAccount(long id, String username, String displayName, @Nullable String passwordHash,
			long organizationId, boolean enabled, Set<Role> roles) {
	}
}
