package cn.oneteam.catalog;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import cn.oneteam.catalog.Empowerment.LegalInstrument;
import cn.oneteam.catalog.StatutoryFine.FineKind;
import cn.oneteam.shared.DivisionCode;
import cn.oneteam.shared.EnforcementDomain;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Matters with versions, empowerment entries and responsibility boundaries. */
@Repository
class CatalogRepository {

	private final JdbcClient jdbc;

	CatalogRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	void lock(String key) {
		jdbc.sql("select pg_advisory_xact_lock(hashtext(?))").param("catalog:" + key).query(Object.class).single();
	}

	long insertMatter(String code, EnforcementDomain domain, MatterKind kind, MatterLevel level) {
		return jdbc.sql("insert into matter (code, domain, kind, level) values (?, ?, ?, ?) returning id")
			.params(code, domain.name(), kind.name(), level.name())
			.query(Long.class)
			.single();
	}

	void insertVersion(long matterId, MatterVersion v, OffsetDateTime at) {
		StatutoryFine f = v.fine();
		boolean multiple = f.kind() == FineKind.MULTIPLE;
		jdbc.sql("""
				insert into matter_version (matter_id, version, name, violated_law, violated_article, penalty_law,
				  penalty_article, penalty_kinds, fine_kind, fine_min, fine_max, multiple_min, multiple_max, multiple_base,
				  effective_from, effective_to, recorded_at)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(matterId, v.version(), v.name(), v.violatedLaw(), v.violatedArticle(), v.penaltyLaw(),
					v.penaltyArticle(), v.penaltyKinds().stream().map(Enum::name).sorted().toArray(String[]::new),
					f.kind().name(), multiple ? null : f.min(), multiple ? null : f.max(), multiple ? f.min() : null,
					multiple ? f.max() : null, f.multipleBase(), v.effectiveFrom(), v.effectiveTo(), at)
			.update();
	}

	/** Ends a version the day before its successor starts. */
	void closeVersion(long matterId, int version, LocalDate lastDay) {
		jdbc.sql("update matter_version set effective_to = ? where matter_id = ? and version = ?")
			.params(lastDay, matterId, version)
			.update();
	}

	Optional<Matter> findMatter(String code) {
		return matters("where m.code = ?", code).stream().findFirst();
	}

	List<Matter> allMatters() {
		return matters("", null);
	}

	/**
	 * The matters of these ids that exist (the resolver's index reloads changed matters,
	 * docs/adr/0054-responsibility-index.md).
	 */
	List<Matter> matters(Collection<Long> ids) {
		return matters("where m.id = any(?)", ids(ids));
	}

	private List<Matter> matters(String where, @Nullable Object param) {
		var statement = jdbc.sql("select m.id, m.code, m.domain, m.kind, m.level from matter m " + where + " order by m.code");
		if (param != null) {
			statement = statement.param(param);
		}
		List<Object[]> rows = statement.query((rs, n) -> new Object[] { rs.getLong("id"), rs.getString("code"),
				rs.getString("domain"), rs.getString("kind"), rs.getString("level") }).list();
		if (rows.isEmpty()) {
			return List.of();
		}
		Map<Long, List<MatterVersion>> versions = jdbc.sql("""
				select * from matter_version where matter_id = any(?) order by matter_id, version""")
			.param(rows.stream().map(r -> (Long) r[0]).toArray(Long[]::new))
			.query((rs, n) -> Map.entry(rs.getLong("matter_id"), version(rs)))
			.list()
			.stream()
			.collect(Collectors.groupingBy(Map.Entry::getKey, Collectors.mapping(Map.Entry::getValue, Collectors.toList())));
		List<Matter> matters = new ArrayList<>();
		for (Object[] r : rows) {
			matters.add(new Matter((Long) r[0], (String) r[1], EnforcementDomain.valueOf((String) r[2]),
					MatterKind.valueOf((String) r[3]), MatterLevel.valueOf((String) r[4]),
					versions.getOrDefault((Long) r[0], List.of())));
		}
		return matters;
	}

	long insertEmpowerment(DivisionCode township, long matterId, EnforcementMode mode, long actingOrgId, long nameOrgId,
			LegalInstrument instrument, LocalDate from, @Nullable LocalDate to, OffsetDateTime at) {
		return jdbc.sql("""
				insert into empowerment (township_code, matter_id, mode, acting_org_id, name_org_id, instrument_number,
				  instrument_published, instrument_term_to, effective_from, effective_to, recorded_at)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) returning id""")
			.params(township.value(), matterId, mode.name(), actingOrgId, nameOrgId, instrument.number(),
					instrument.published(), instrument.termTo(), from, to, at)
			.query(Long.class)
			.single();
	}

	Optional<Empowerment> findEmpowerment(long id) {
		return jdbc.sql("""
				select e.*, m.code as matter_code from empowerment e join matter m on m.id = e.matter_id where e.id = ?""")
			.param(id)
			.query(CatalogRepository::empowerment)
			.optional();
	}

	Optional<Boundary> findBoundary(long id) {
		return jdbc.sql("""
				select b.*, m.code as matter_code from responsibility_boundary b join matter m on m.id = b.matter_id
				where b.id = ?""")
			.param(id)
			.query(CatalogRepository::boundary)
			.optional();
	}

	/** Empowerment entries of townships inside the area (a township, county or wider). */
	List<Empowerment> empowerments(DivisionCode area) {
		return jdbc.sql("""
				select e.*, m.code as matter_code from empowerment e join matter m on m.id = e.matter_id
				where e.township_code like ? order by e.township_code, m.code, e.effective_from""")
			.param(area.value() + "%")
			.query(CatalogRepository::empowerment)
			.list();
	}

	/** Every empowerment entry, or only those of these matters. */
	List<Empowerment> empowermentsOf(@Nullable Collection<Long> matterIds) {
		String all = "select e.*, m.code as matter_code from empowerment e join matter m on m.id = e.matter_id";
		return (matterIds == null ? jdbc.sql(all) : jdbc.sql(all + " where e.matter_id = any(?)").param(ids(matterIds)))
			.query(CatalogRepository::empowerment)
			.list();
	}

	/** Every boundary, or only those of these matters. */
	List<Boundary> boundariesOf(@Nullable Collection<Long> matterIds) {
		String all = "select b.*, m.code as matter_code from responsibility_boundary b join matter m on m.id = b.matter_id";
		return (matterIds == null ? jdbc.sql(all) : jdbc.sql(all + " where b.matter_id = any(?)").param(ids(matterIds)))
			.query(CatalogRepository::boundary)
			.list();
	}

	private static Long[] ids(Collection<Long> ids) {
		return ids.toArray(Long[]::new);
	}

	long insertBoundary(long matterId, DivisionCode territory, @Nullable String approvingUnit,
			@Nullable Long supervisingOrgId, long enforcingOrgId, LocalDate from, @Nullable LocalDate to,
			OffsetDateTime at) {
		return jdbc.sql("""
				insert into responsibility_boundary (matter_id, division_code, approving_unit, supervising_org_id,
				  enforcing_org_id, effective_from, effective_to, recorded_at)
				values (?, ?, ?, ?, ?, ?, ?, ?) returning id""")
			.params(matterId, territory.value(), approvingUnit, supervisingOrgId, enforcingOrgId, from, to, at)
			.query(Long.class)
			.single();
	}

	/** Boundaries whose territory contains the place or lies inside the area (both directions). */
	List<Boundary> boundariesAround(DivisionCode area) {
		return jdbc.sql("""
				select b.*, m.code as matter_code from responsibility_boundary b join matter m on m.id = b.matter_id
				where b.division_code like ? or ? like b.division_code || '%'
				order by m.code, b.division_code, b.effective_from""")
			.params(area.value() + "%", area.value())
			.query(CatalogRepository::boundary)
			.list();
	}

	private static MatterVersion version(ResultSet rs) throws SQLException {
		FineKind kind = FineKind.valueOf(rs.getString("fine_kind"));
		StatutoryFine fine = switch (kind) {
			case NONE -> StatutoryFine.NONE;
			case AMOUNT -> StatutoryFine.amount(rs.getBigDecimal("fine_min"), rs.getBigDecimal("fine_max"));
			case MULTIPLE -> StatutoryFine.multiple(rs.getBigDecimal("multiple_min"), rs.getBigDecimal("multiple_max"),
					rs.getString("multiple_base"));
		};
		Array kinds = rs.getArray("penalty_kinds");
		EnumSet<PenaltyKind> penaltyKinds = EnumSet.noneOf(PenaltyKind.class);
		Arrays.stream((String[]) kinds.getArray()).map(PenaltyKind::valueOf).forEach(penaltyKinds::add);
		return new MatterVersion(rs.getInt("version"), rs.getString("name"), rs.getString("violated_law"),
				rs.getString("violated_article"), rs.getString("penalty_law"), rs.getString("penalty_article"),
				penaltyKinds, fine, rs.getObject("effective_from", LocalDate.class),
				rs.getObject("effective_to", LocalDate.class));
	}

	private static Empowerment empowerment(ResultSet rs, int row) throws SQLException {
		return new Empowerment(rs.getLong("id"), new DivisionCode(rs.getString("township_code")),
				rs.getString("matter_code"), EnforcementMode.valueOf(rs.getString("mode")), rs.getLong("acting_org_id"),
				rs.getLong("name_org_id"),
				new LegalInstrument(rs.getString("instrument_number"),
						rs.getObject("instrument_published", LocalDate.class),
						rs.getObject("instrument_term_to", LocalDate.class)),
				rs.getObject("effective_from", LocalDate.class), rs.getObject("effective_to", LocalDate.class));
	}

	private static Boundary boundary(ResultSet rs, int row) throws SQLException {
		long supervising = rs.getLong("supervising_org_id");
		Long supervisingId = rs.wasNull() ? null : supervising;
		return new Boundary(rs.getLong("id"), rs.getString("matter_code"), new DivisionCode(rs.getString("division_code")),
				rs.getString("approving_unit"), supervisingId, rs.getLong("enforcing_org_id"),
				rs.getObject("effective_from", LocalDate.class), rs.getObject("effective_to", LocalDate.class));
	}

}
