package cn.oneteam.disclosure;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.databind.json.JsonMapper;

/**
 * The published reports (table {@code disclosure_statistics}, V0123): inserted, never changed
 * (docs/adr/0045-annual-enforcement-statistics.md).
 */
@Repository
class StatisticsRepository {

	private final JdbcClient jdbc;

	private final JsonMapper json;

	StatisticsRepository(JdbcClient jdbc, JsonMapper json) {
		this.jdbc = jdbc;
		this.json = json;
	}

	/** A stored version, with the body as published. */
	record Stored(long bodyId, String bodyName, String bodySeat, int year, int version, AnnualFigures figures,
			OffsetDateTime generatedAt, LocalDate publishedOn, boolean onTime, @Nullable String reason) {
	}

	/** The bodies of those given that have a report of the year (any version). */
	Set<Long> bodiesPublished(int year, List<Long> bodyIds) {
		return Set.copyOf(jdbc.sql("select distinct body_id from disclosure_statistics where year = ? and body_id = any(?)")
			.params(year, bodyIds.toArray(Long[]::new))
			.query(Long.class)
			.list());
	}

	/** The next version of the body's report of the year: 1 when none was published. */
	int nextVersion(long bodyId, int year) {
		return jdbc.sql("select coalesce(max(version), 0) + 1 from disclosure_statistics where body_id = ? and year = ?")
			.params(bodyId, year)
			.query(Integer.class)
			.single();
	}

	/**
	 * Inserts a version; false when that version exists already (another instance or request published it at the
	 * same moment).
	 */
	boolean insert(Stored s, @Nullable Long publishedBy) {
		return jdbc.sql("""
				insert into disclosure_statistics (body_id, body_name, body_seat, year, version, figures, generated_at,
				  published_on, on_time, reason, published_by)
				values (:body, :name, :seat, :year, :version, cast(:figures as json), :generatedAt, :publishedOn, :onTime,
				  :reason, :by)
				on conflict (body_id, year, version) do nothing""")
			.param("body", s.bodyId())
			.param("name", s.bodyName())
			.param("seat", s.bodySeat())
			.param("year", s.year())
			.param("version", s.version())
			.param("figures", json.writeValueAsString(s.figures()))
			.param("generatedAt", s.generatedAt())
			.param("publishedOn", s.publishedOn())
			.param("onTime", s.onTime())
			.param("reason", s.reason())
			.param("by", publishedBy)
			.update() == 1;
	}

	/** Every version of the body's report of the year, oldest first. */
	List<Stored> versions(long bodyId, int year) {
		return jdbc.sql("select * from disclosure_statistics where body_id = ? and year = ? order by version")
			.params(bodyId, year)
			.query(this::stored)
			.list();
	}

	/** The newest version of every body's report of the year, by body name. */
	List<Stored> newestOfYear(int year) {
		return jdbc.sql("""
				select * from (select distinct on (body_id) * from disclosure_statistics where year = ?
				  order by body_id, version desc) newest
				order by body_name, body_id""")
			.param(year)
			.query(this::stored)
			.list();
	}

	/** The years with a published report, newest first. */
	List<Integer> years() {
		return jdbc.sql("select distinct year from disclosure_statistics order by year desc").query(Integer.class).list();
	}

	Optional<Stored> newest(long bodyId, int year) {
		List<Stored> all = versions(bodyId, year);
		return all.isEmpty() ? Optional.empty() : Optional.of(all.get(all.size() - 1));
	}

	private Stored stored(ResultSet rs, int row) throws SQLException {
		return new Stored(rs.getLong("body_id"), rs.getString("body_name"), rs.getString("body_seat"),
				rs.getInt("year"), rs.getInt("version"), json.readValue(rs.getString("figures"), AnnualFigures.class),
				rs.getObject("generated_at", OffsetDateTime.class), rs.getObject("published_on", LocalDate.class),
				rs.getBoolean("on_time"), rs.getString("reason"));
	}

	static List<Long> ids(List<cn.oneteam.organization.Organization> bodies) {
		List<Long> ids = new ArrayList<>();
		bodies.forEach(o -> ids.add(o.id().value()));
		return ids;
	}
}
