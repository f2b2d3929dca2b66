package cn.oneteam.organization;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import cn.oneteam.shared.DivisionCode;
import cn.oneteam.shared.JurisdictionScope;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Organisations and their territories. List queries take the caller's scope as bind parameters. */
@Repository
class OrganizationRepository {

	private static final String SELECT = """
			select o.id, o.code, o.name, o.kind, o.body_type, o.division_code, o.parent_id,
			  (select string_agg(t.division_code, ',' order by t.division_code)
			     from organization_territory t where t.organization_id = o.id) as territory
			from organization o""";

	private final JdbcClient jdbc;

	OrganizationRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	Optional<Organization> find(long id) {
		return jdbc.sql(SELECT + " where o.id = ?").param(id).query(OrganizationRepository::organization).optional();
	}

	List<Organization> findAll(Collection<Long> ids) {
		return jdbc.sql(SELECT + " where o.id = any(?)").param(ids.toArray(Long[]::new))
			.query(OrganizationRepository::organization)
			.list();
	}

	Optional<Organization> findByCode(String code) {
		return jdbc.sql(SELECT + " where o.code = ?").param(code).query(OrganizationRepository::organization).optional();
	}

	/**
	 * Organisations whose territory overlaps the scope: a territory division inside a scope division, or a scope
	 * division inside a territory division (a superior body). Same rule as {@link Organization#isVisibleIn}.
	 */
	List<Organization> visibleIn(JurisdictionScope scope) {
		if (scope.isNationwide()) {
			return jdbc.sql(SELECT + " order by o.division_code, o.kind, o.code")
				.query(OrganizationRepository::organization)
				.list();
		}
		String[] codes = scope.codes().toArray(String[]::new);
		return jdbc.sql(SELECT + """
				 where o.kind <> 'PLATFORM_OPERATOR' and exists (
				   select 1 from organization_territory t, unnest(:codes) as s(code)
				   where t.organization_id = o.id
				     and (t.division_code like s.code || '%' or s.code like t.division_code || '%'))
				order by o.division_code, o.kind, o.code""")
			.param("codes", codes)
			.query(OrganizationRepository::organization)
			.list();
	}

	long insert(NewOrganization organization, OffsetDateTime at) {
		long id = jdbc.sql("""
				insert into organization (code, name, kind, body_type, division_code, parent_id, created_at)
				values (?, ?, ?, ?, ?, ?, ?) returning id""")
			.params(organization.code(), organization.name(), organization.kind().name(),
					organization.bodyType() == null ? null : organization.bodyType().name(), organization.seat().value(),
					organization.parentId() == null ? null : organization.parentId().value(), at)
			.query(Long.class)
			.single();
		for (DivisionCode division : organization.territory()) {
			jdbc.sql("insert into organization_territory (organization_id, division_code) values (?, ?)")
				.params(id, division.value())
				.update();
		}
		return id;
	}

	private static Organization organization(ResultSet rs, int row) throws SQLException {
		long parentId = rs.getLong("parent_id");
		OrganizationId parent = rs.wasNull() ? null : new OrganizationId(parentId);
		String territory = rs.getString("territory");
		String bodyType = rs.getString("body_type");
		return new Organization(new OrganizationId(rs.getLong("id")), rs.getString("code"), rs.getString("name"),
				OrganizationKind.valueOf(rs.getString("kind")), bodyType == null ? null : BodyType.valueOf(bodyType),
				new DivisionCode(rs.getString("division_code")),
				parent,
				territory == null ? List.of() : Arrays.stream(territory.split(",")).map(DivisionCode::new).toList());
	}
}
