package cn.oneteam.casehandling;

import java.time.LocalDate;
import java.util.Map;
import java.util.stream.Collectors;

import cn.oneteam.shared.ChinaTime;
import cn.oneteam.shared.DivisionCode;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Cases of a territory for the map (docs/adr/0052-the-map.md), counted in SQL per area of the case's place. */
@Service
public class CasesOnMap {

	private final JdbcClient jdbc;

	CasesOnMap(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Cases recorded in the period per area of {@code division} (the place code cut to {@code codeLength} digits;
	 * a shorter key is a case placed above the areas).
	 */
	@Transactional(readOnly = true)
	public Map<String, Long> perArea(DivisionCode division, int codeLength, LocalDate from, LocalDate to) {
		return jdbc.sql("""
				select left(place_code, :length) as area, count(*) as n from penalty_case
				where place_code like :prefix and recorded_at >= :start and recorded_at < :end group by 1""")
			.param("length", codeLength)
			.param("prefix", division.value() + "%")
			.param("start", from.atStartOfDay(ChinaTime.ZONE).toOffsetDateTime())
			.param("end", to.plusDays(1).atStartOfDay(ChinaTime.ZONE).toOffsetDateTime())
			.query((rs, n) -> Map.entry(rs.getString("area"), rs.getLong("n")))
			.list()
			.stream()
			.collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
	}
}
