package cn.oneteam.supervision.standard;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * The scoring standards as stored (docs/adr/0034-scoring-standards-and-self-review.md): each version of each code
 * with its items.
 */
@Service
public class ScoringStandards {

	/** The standard a case is scored against unless a body's deployment names another. */
	public static final String GENERAL = "GENERAL-PENALTY";

	private final JdbcClient jdbc;

	ScoringStandards(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Every standard, every version, newest version of each code first. */
	public List<ScoringStandard> all() {
		return load("true", Map.of());
	}

	public Optional<ScoringStandard> byId(long id) {
		return load("s.id = :id", Map.of("id", id)).stream().findFirst();
	}

	/** The newest version of a code in effect on a day. */
	public Optional<ScoringStandard> inEffect(String code, LocalDate on) {
		return load("s.code = :code and s.effective_from <= :on", Map.of("code", code, "on", on)).stream().findFirst();
	}

	private List<ScoringStandard> load(String where, Map<String, Object> params) {
		record Head(long id, String code, int version, String nameZh, String nameEn, String scope, LocalDate from,
				BigDecimal excellent, BigDecimal pass) {
		}
		List<Head> heads = jdbc.sql("""
				select s.id, s.code, s.version, s.name_zh, s.name_en, s.scope, s.effective_from, s.excellent_from,
				  s.pass_from
				from supervision_standard s where %s order by s.code, s.version desc""".formatted(where))
			.params(params)
			.query((rs, n) -> new Head(rs.getLong(1), rs.getString(2), rs.getInt(3), rs.getString(4), rs.getString(5),
					rs.getString(6), rs.getObject(7, LocalDate.class), rs.getBigDecimal(8), rs.getBigDecimal(9)))
			.list();
		if (heads.isEmpty()) {
			return List.of();
		}
		Map<Long, List<StandardItem>> items = jdbc.sql("""
				select id, standard_id, code, position, kind, category, points, machine_check, title_zh, title_en
				from supervision_standard_item where standard_id in (:ids) order by position""")
			.param("ids", heads.stream().map(Head::id).toList())
			.query((rs, n) -> Map.entry(rs.getLong(2),
					new StandardItem(rs.getLong(1), rs.getString(3), rs.getInt(4),
							StandardItem.Kind.valueOf(rs.getString(5)), StandardItem.Category.valueOf(rs.getString(6)),
							rs.getBigDecimal(7),
							rs.getString(8) == null ? null : MachineCheck.valueOf(rs.getString(8)), rs.getString(9),
							rs.getString(10))))
			.list()
			.stream()
			.collect(Collectors.groupingBy(Map.Entry::getKey,
					Collectors.mapping(Map.Entry::getValue, Collectors.toList())));
		return heads.stream()
			.map(h -> new ScoringStandard(h.id(), h.code(), h.version(), h.nameZh(), h.nameEn(), h.scope(), h.from(),
					h.excellent(), h.pass(), items.getOrDefault(h.id(), List.of())))
			.toList();
	}
}
