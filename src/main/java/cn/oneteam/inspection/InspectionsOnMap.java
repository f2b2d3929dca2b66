package cn.oneteam.inspection;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import cn.oneteam.shared.DivisionCode;
import cn.oneteam.shared.PointCluster;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Inspections of a territory for the map (docs/adr/0052-the-map.md): visits recorded or published with the day
 * inspected in the period, counted in SQL per area of the subject's division and per grid cell of where the result
 * was entered.
 */
@Service
public class InspectionsOnMap {

	private final JdbcClient jdbc;

	InspectionsOnMap(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Per area of {@code division} (codes cut to {@code codeLength}; a shorter key is a visit placed above them). */
	@Transactional(readOnly = true)
	public Map<String, Long> perArea(DivisionCode division, int codeLength, LocalDate from, LocalDate to) {
		return jdbc.sql("""
				select left(division_code, :length) as area, count(*) as n from inspection_visit
				where division_code like :prefix and state in ('RECORDED', 'PUBLISHED')
				  and inspected_on between :from and :to group by 1""")
			.param("length", codeLength)
			.param("prefix", division.value() + "%")
			.param("from", from)
			.param("to", to)
			.query((rs, n) -> Map.entry(rs.getString("area"), rs.getLong("n")))
			.list()
			.stream()
			.collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
	}

	/**
	 * Visits of the period whose result carries coordinates inside {@code view}, grouped by square cells of
	 * {@code cellDegrees}, the fullest {@code limit} cells first.
	 */
	@Transactional(readOnly = true)
	public List<PointCluster> clusters(DivisionCode division, LocalDate from, LocalDate to, PointCluster.View view,
			double cellDegrees, int limit) {
		return jdbc.sql("""
				select count(*) as n, avg(r.longitude) as lon, avg(r.latitude) as lat
				from inspection_visit v join inspection_result r on r.visit_id = v.id
				where v.division_code like :prefix and v.state in ('RECORDED', 'PUBLISHED') and r.latitude is not null
				  and r.longitude between :west and :east and r.latitude between :south and :north
				  and v.inspected_on between :from and :to
				group by floor(r.longitude / :cell), floor(r.latitude / :cell)
				order by n desc limit :limit""")
			.param("prefix", division.value() + "%")
			.param("west", view.west())
			.param("south", view.south())
			.param("east", view.east())
			.param("north", view.north())
			.param("from", from)
			.param("to", to)
			.param("cell", cellDegrees)
			.param("limit", limit)
			.query((rs, n) -> new PointCluster(rs.getDouble("lon"), rs.getDouble("lat"), rs.getLong("n")))
			.list();
	}
}
