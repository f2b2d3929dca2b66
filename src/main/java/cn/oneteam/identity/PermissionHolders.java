package cn.oneteam.identity;

import java.util.Collection;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who holds a permission in which organisations (docs/adr/0009-who-may-do-what.md): the enabled accounts whose roles
 * give it, for another module to offer them as reviewers (docs/adr/0035-review-campaigns-and-rectification.md).
 */
@Service
public class PermissionHolders {

	private final JdbcClient jdbc;

	PermissionHolders(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** An account holding the permission: its id, user name, display name and organisation. */
	public record Holder(long accountId, String username, String displayName, long organizationId) {
	}

	/** The enabled accounts of the organisations holding the permission (through any of their roles), by user name. */
	@Transactional(readOnly = true)
	public List<Holder> holding(Permission permission, Collection<Long> organizationIds) {
		List<String> roles = java.util.Arrays.stream(Role.values())
			.filter(r -> r.permissions().contains(permission))
			.map(Role::name)
			.toList();
		if (organizationIds.isEmpty() || roles.isEmpty()) {
			return List.of();
		}
		return jdbc.sql("""
				select distinct a.id, a.username, a.display_name, a.organization_id
				from account a join account_role r on r.account_id = a.id
				where a.enabled and a.organization_id in (:orgs) and r.role in (:roles)
				order by a.username""")
			.param("orgs", organizationIds)
			.param("roles", roles)
			.query((rs, n) -> new Holder(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getLong(4)))
			.list();
	}

	/** The accounts by id (enabled or not), to name them. */
	@Transactional(readOnly = true)
	public List<Holder> accounts(Collection<Long> accountIds) {
		if (accountIds.isEmpty()) {
			return List.of();
		}
		return jdbc.sql("select id, username, display_name, organization_id from account where id in (:ids)")
			.param("ids", accountIds)
			.query((rs, n) -> new Holder(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getLong(4)))
			.list();
	}
}
