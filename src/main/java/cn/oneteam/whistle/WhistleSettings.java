package cn.oneteam.whistle;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The configuration of 吹哨报到: whistle types with their default requirements, the weight of township ratings per kind
 * of responder, and the rating dimensions. Everyone signed in reads it; the administrator changes it.
 */
@Service
public class WhistleSettings {

	private final JdbcClient jdbc;

	WhistleSettings(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Transactional(readOnly = true)
	public List<WhistleType> types() {
		return jdbc.sql("select * from whistle_type order by position, code")
			.query((rs, n) -> new WhistleType(rs.getString("code"), rs.getString("name_zh"), rs.getString("name_en"),
					new ResponseRequirement(rs.getInt("report_minutes"), rs.getInt("arrive_minutes"),
							rs.getInt("resolve_working_days"))))
			.list();
	}

	/** The type with this code (400 when unknown). */
	@Transactional(readOnly = true)
	public WhistleType type(String code) {
		return types().stream().filter(t -> t.code().equals(code)).findFirst()
			.orElseThrow(() -> new WhistleViolation(WhistleViolation.BAD_REQUEST, "whistle.type-unknown", code));
	}

	@Transactional(readOnly = true)
	public List<Scores.Dimension> dimensions() {
		return jdbc.sql("select * from whistle_rating_dimension order by position")
			.query((rs, n) -> new Scores.Dimension(rs.getString("code"), rs.getString("name_zh"), rs.getString("name_en")))
			.list();
	}

	/** The weight of township ratings, in percent, per kind of responder. */
	@Transactional(readOnly = true)
	public Map<ResponderKind, Integer> weights() {
		return jdbc.sql("select responder_kind, weight_percent from whistle_rating_weight")
			.query((rs, n) -> Map.entry(ResponderKind.valueOf(rs.getString(1)), rs.getInt(2)))
			.list()
			.stream()
			.collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
	}

	/** Sets (or adds) a whistle type's names and default requirement, which must lie within the bounds. */
	@Transactional
	@PreAuthorize("hasAuthority('whistle:configure')")
	public WhistleType setType(String code, WhistleInputs.TypeSetting setting) {
		if (!code.matches("[A-Z][A-Z0-9_]{1,31}")) {
			throw new WhistleViolation(WhistleViolation.BAD_REQUEST, "whistle.type-code-invalid", code);
		}
		ResponseRequirement requirement = new ResponseRequirement(setting.reportMinutes(), setting.arriveMinutes(),
				setting.resolveWorkingDays()).checked();
		jdbc.sql("""
				insert into whistle_type (code, name_zh, name_en, report_minutes, arrive_minutes, resolve_working_days,
				  position) values (:code, :zh, :en, :report, :arrive, :resolve,
				  (select coalesce(max(position), 0) + 1 from whistle_type))
				on conflict (code) do update set name_zh = :zh, name_en = :en, report_minutes = :report,
				  arrive_minutes = :arrive, resolve_working_days = :resolve""")
			.param("code", code)
			.param("zh", setting.nameZh().trim())
			.param("en", setting.nameEn().trim())
			.param("report", requirement.reportMinutes())
			.param("arrive", requirement.arriveMinutes())
			.param("resolve", requirement.resolveWorkingDays())
			.update();
		return type(code);
	}

	/** Sets the weight of township ratings for a kind of responder: 0 %–100 %. */
	@Transactional
	@PreAuthorize("hasAuthority('whistle:configure')")
	public Map<ResponderKind, Integer> setWeight(ResponderKind kind, int weightPercent) {
		Assessment.checkWeight(weightPercent);
		jdbc.sql("""
				insert into whistle_rating_weight (responder_kind, weight_percent) values (?, ?)
				on conflict (responder_kind) do update set weight_percent = excluded.weight_percent""")
			.params(kind.name(), weightPercent)
			.update();
		return weights();
	}
}
